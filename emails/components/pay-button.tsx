import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/locales';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { ActionButton } from './action-button';

/** "Pay now", to where an open invoice is paid; nothing without a link. */
export function PayButton({ locale, href, overrides }: { locale: Locale; href?: string | null; overrides?: TextOverrides }) {
  return <ActionButton href={href}>{getTranslator(locale, 'emails.common', overrides)('payCta')}</ActionButton>;
}
