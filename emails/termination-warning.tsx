import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { PayButton } from './components/pay-button';
import { styles } from './components/styles';

export type TerminationWarningProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  timeZone: string;
  customerName: string;
  /** "Trendhouse – Monthly"; null when the invoice is not for one subscription. */
  subscriptionName: string | null;
  invoiceNumber: string;
  currency: string;
  /** What is still open of the invoice, fees included. */
  openMinor: number;
  /** ISO 8601: when the subscription is terminated unless the invoice is paid. */
  terminateAt: string;
  payUrl?: string | null;
};

export default function TerminationWarningEmail(props: TerminationWarningProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.terminationWarning', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const body = t('body', {
    has_subscription: props.subscriptionName ? 'yes' : 'no',
    subscription: props.subscriptionName ?? '',
    invoice: props.invoiceNumber,
    amount: f.money(props.openMinor, props.currency),
    date: f.date(props.terminateAt),
  });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      <Text style={styles.paragraph}>
        <strong>{t('avoid')}</strong>
      </Text>
      <PayButton locale={locale} overrides={props.overrides} href={props.payUrl} />
    </Layout>
  );
}

TerminationWarningEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  subscriptionName: 'Trendhouse – Monthly',
  invoiceNumber: 'KD-000042',
  currency: 'EUR',
  openMinor: 3700,
  terminateAt: '2026-04-30T09:00:00.000Z',
  payUrl: 'http://localhost:3000/account/invoices/example',
} satisfies TerminationWarningProps;
