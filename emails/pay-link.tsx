import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { PayButton } from './components/pay-button';
import { styles } from './components/styles';

export type PayLinkProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  timeZone: string;
  customerName: string;
  invoiceNumber: string;
  currency: string;
  /** What is still open of the invoice. */
  openMinor: number;
  /** The fresh pay link. */
  payUrl: string;
  /** ISO 8601: the last moment the link works. */
  validUntil: string;
};

/** A fresh pay link, asked for from the page of an expired one; sent to the address on file. */
export default function PayLinkEmail(props: PayLinkProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.payLink', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const body = t('body', { invoice: props.invoiceNumber, amount: f.money(props.openMinor, props.currency) });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      <PayButton locale={locale} overrides={props.overrides} href={props.payUrl} />
      <Text style={styles.paragraph}>{t('validUntil', { date: f.date(props.validUntil) })}</Text>
      <Text style={styles.paragraph}>{t('notYou')}</Text>
    </Layout>
  );
}

PayLinkEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  invoiceNumber: 'KD-000042',
  currency: 'EUR',
  openMinor: 3200,
  payUrl: 'http://localhost:3000/pay/example',
  validUntil: '2026-05-04T10:00:00.000Z',
} satisfies PayLinkProps;
