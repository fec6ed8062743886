import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/locales';
import { ActionButton } from './action-button';

/** "Pay now", to where an open invoice is paid; nothing without a link. */
export function PayButton({ locale, href }: { locale: Locale; href?: string | null }) {
  return <ActionButton href={href}>{getTranslator(locale, 'emails.common')('payCta')}</ActionButton>;
}
