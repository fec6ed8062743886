import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { PayButton } from './components/pay-button';
import { styles } from './components/styles';
import { SummaryTable } from './components/summary-table';

export type TerminationProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  timeZone: string;
  customerName: string;
  /** "Trendhouse – Monthly". */
  subscriptionName: string;
  /** ISO 8601. */
  terminatedAt: string;
  currency: string;
  /** The subscription's invoices still open, with what is open of each (fees included). */
  openInvoices: Array<{ invoiceNumber: string; openMinor: number }>;
  payUrl?: string | null;
};

export default function TerminationEmail(props: TerminationProps) {
  const { locale, shop, currency } = props;
  const t = getTranslator(locale, 'emails.termination', props.overrides);
  const f = createFormatter(locale, props.timeZone);
  const owedMinor = props.openInvoices.reduce((sum, invoice) => sum + invoice.openMinor, 0);
  const owed = owedMinor > 0 ? t('owed', { amount: f.money(owedMinor, currency) }) : t('nothingOwed');
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={`${t('heading')}. ${owed}`}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} name={props.customerName} />
      <Text style={styles.paragraph}>{t('body', { subscription: props.subscriptionName, date: f.date(props.terminatedAt) })}</Text>
      {owedMinor > 0 ? (
        <SummaryTable
          header={[t('columns.invoice'), t('columns.open')]}
          rows={[
            ...props.openInvoices.map((invoice) => ({
              label: invoice.invoiceNumber,
              value: f.money(invoice.openMinor, currency),
            })),
            { label: t('totalOwed'), value: f.money(owedMinor, currency), emphasis: true },
          ]}
        />
      ) : null}
      <Text style={styles.paragraph}>
        <strong>{owed}</strong>
      </Text>
      {owedMinor > 0 ? <PayButton locale={locale} overrides={props.overrides} href={props.payUrl} /> : null}
      <Text style={styles.paragraph}>{t('welcomeBack')}</Text>
    </Layout>
  );
}

TerminationEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  timeZone: 'Europe/Amsterdam',
  customerName: 'Daan de Vries',
  subscriptionName: 'Trendhouse – Monthly',
  terminatedAt: '2026-05-01T09:00:00.000Z',
  currency: 'EUR',
  openInvoices: [
    { invoiceNumber: 'KD-000042', openMinor: 3700 },
    { invoiceNumber: 'KD-000057', openMinor: 3200 },
  ],
  payUrl: 'http://localhost:3000/account',
} satisfies TerminationProps;
