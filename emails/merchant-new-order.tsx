import { Button, Heading, Section, Text } from '@react-email/components';
import { Layout, type ShopIdentity } from './components/layout';
import { dataTableClass, styles } from './components/styles';
import { emailFormatter } from './format';
import { emailMessages, type Locale } from './i18n';
import type { OrderConfirmationLine } from './order-confirmation';

export type MerchantNewOrderProps = {
  /** The merchant's language, not the customer's. */
  locale: Locale;
  shop: ShopIdentity;
  customerName: string;
  customerEmail: string;
  companyName?: string | null;
  orderReference: string;
  currency: string;
  lines: OrderConfirmationLine[];
  /** VAT included. */
  totalMinor: number;
  taxMinor: number;
  /** The order's invoice, attached as a PDF; null when it is not issued yet. */
  invoiceNumber: string | null;
  dashboardUrl?: string | null;
};

export default function MerchantNewOrderEmail(props: MerchantNewOrderProps) {
  const { locale, shop, currency } = props;
  const messages = emailMessages(locale);
  const t = messages.merchantNewOrder;
  const columns = messages.orderConfirmation.columns;
  const f = emailFormatter(locale);
  const customer = props.companyName ? `${props.customerName} (${props.companyName})` : props.customerName;
  return (
    <Layout locale={locale} shop={shop} preview={t.intro(customer, props.orderReference)}>
      <Heading as="h1" style={styles.heading}>
        {t.heading} {props.orderReference}
      </Heading>
      <Text style={styles.paragraph}>{t.intro(customer, props.orderReference)}</Text>
      <Text style={styles.paragraph}>
        {t.customer}: {customer}
        <br />
        {t.email}: {props.customerEmail}
      </Text>

      <table className={dataTableClass} style={styles.table} cellPadding={0} cellSpacing={0} role="presentation">
        <thead>
          <tr>
            <th style={styles.th}>{columns.description}</th>
            <th style={styles.thRight}>{columns.quantity}</th>
            <th style={styles.thRight}>{columns.amount}</th>
          </tr>
        </thead>
        <tbody>
          {props.lines.map((line, i) => (
            <tr key={i}>
              <td style={styles.td}>{line.description}</td>
              <td style={styles.tdRight}>{line.quantity}</td>
              <td style={styles.tdRight}>{f.money(line.amountMinor, currency)}</td>
            </tr>
          ))}
          <tr>
            <td style={styles.grandTotalLabel} colSpan={2}>
              {messages.orderConfirmation.total}
            </td>
            <td style={styles.grandTotalValue}>{f.money(props.totalMinor, currency)}</td>
          </tr>
          <tr>
            <td style={styles.totalLabel} colSpan={2}>
              {messages.orderConfirmation.vatIncluded}
            </td>
            <td style={styles.totalValue}>{f.money(props.taxMinor, currency)}</td>
          </tr>
        </tbody>
      </table>

      <Text style={styles.paragraph}>{props.invoiceNumber ? t.invoiceAttached(props.invoiceNumber) : t.noInvoice}</Text>
      {props.dashboardUrl ? (
        <Section style={{ margin: '16px 0' }}>
          <Button href={props.dashboardUrl} style={styles.button}>
            {t.dashboardCta}
          </Button>
        </Section>
      ) : null}
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
