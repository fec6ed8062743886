import { Text } from './components/primitives';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { ActionButton } from './components/action-button';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { OrderLinesTable, type OrderLine } from './components/order-lines-table';
import { styles } from './components/styles';

export type MerchantNewOrderProps = {
  /** The merchant's language, not the customer's. */
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  customerName: string;
  customerEmail: string;
  companyName?: string | null;
  orderReference: string;
  currency: string;
  lines: OrderLine[];
  /** VAT included. */
  totalMinor: number;
  taxMinor: number;
  /** The order's invoice, attached as a PDF; null when it is not issued yet. */
  invoiceNumber: string | null;
  dashboardUrl?: string | null;
};

export default function MerchantNewOrderEmail(props: MerchantNewOrderProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.merchantNewOrder', props.overrides);
  const customer = props.companyName ? `${props.customerName} (${props.companyName})` : props.customerName;
  const intro = t('intro', { customer, order: props.orderReference });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={intro}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading', { order: props.orderReference })} />
      <Text style={styles.paragraph}>{intro}</Text>
      <Text style={styles.paragraph}>
        {t('customer')}: {customer}
        <br />
        {t('email')}: {props.customerEmail}
      </Text>
      <OrderLinesTable locale={locale} currency={props.currency} lines={props.lines} totalMinor={props.totalMinor} taxMinor={props.taxMinor} />
      <Text style={styles.paragraph}>{props.invoiceNumber ? t('invoiceAttached', { invoice: props.invoiceNumber }) : t('noInvoice')}</Text>
      <ActionButton href={props.dashboardUrl}>{t('dashboardCta')}</ActionButton>
    </Layout>
  );
}

MerchantNewOrderEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  customerName: 'Daan de Vries',
  customerEmail: 'daan@example.com',
  companyName: null,
  orderReference: 'A1B2C3D4',
  currency: 'EUR',
  lines: [
    { description: 'Trendhouse – Monthly', quantity: 1, unitPriceMinor: 3200, amountMinor: 3200 },
    { description: 'PostNL standard', quantity: 1, unitPriceMinor: 495, amountMinor: 495 },
  ],
  totalMinor: 3695,
  taxMinor: 350,
  invoiceNumber: 'KD-000042',
  dashboardUrl: 'http://localhost:3000/dashboard',
} satisfies MerchantNewOrderProps;
