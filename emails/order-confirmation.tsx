import { Button, Heading, Section, Text } from '@react-email/components';
import { Layout, type ShopIdentity } from './components/layout';
import { dataTableClass, styles } from './components/styles';
import { emailFormatter } from './format';
import { emailMessages, type Locale } from './i18n';

export type OrderConfirmationLine = {
  description: string;
  quantity: number;
  unitPriceMinor: number;
  /** Quantity × unit price, VAT included, as priced at checkout. */
  amountMinor: number;
};

export type OrderConfirmationProps = {
  locale: Locale;
  shop: ShopIdentity;
  customerName: string;
  /** What the customer quotes when they write to the shop. */
  orderReference: string;
  currency: string;
  lines: OrderConfirmationLine[];
  /** VAT included. */
  totalMinor: number;
  taxMinor: number;
  accountUrl?: string | null;
  /** The merchant's own words, shown under the summary. */
  merchantMessage?: string | null;
};

export default function OrderConfirmationEmail(props: OrderConfirmationProps) {
  const { locale, shop, currency } = props;
  const t = emailMessages(locale).orderConfirmation;
  const f = emailFormatter(locale);
  return (
    <Layout locale={locale} shop={shop} preview={t.preview}>
      <Heading as="h1" style={styles.heading}>
        {t.heading}
      </Heading>
      <Text style={styles.paragraph}>{emailMessages(locale).greeting(props.customerName)}</Text>
      <Text style={styles.paragraph}>{t.intro(props.orderReference)}</Text>

      <table className={dataTableClass} style={styles.table} cellPadding={0} cellSpacing={0} role="presentation">
        <thead>
          <tr>
            <th style={styles.th}>{t.columns.description}</th>
            <th style={styles.thRight}>{t.columns.quantity}</th>
            <th style={styles.thRight}>{t.columns.amount}</th>
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
              {t.total}
            </td>
            <td style={styles.grandTotalValue}>{f.money(props.totalMinor, currency)}</td>
          </tr>
          <tr>
            <td style={styles.totalLabel} colSpan={2}>
              {t.vatIncluded}
            </td>
            <td style={styles.totalValue}>{f.money(props.taxMinor, currency)}</td>
          </tr>
        </tbody>
      </table>

      {props.merchantMessage ? <Text style={styles.paragraph}>{props.merchantMessage}</Text> : null}

      <Heading as="h2" style={styles.subheading}>
        {t.nextTitle}
      </Heading>
      <Text style={styles.paragraph}>{t.nextSteps}</Text>
      {props.accountUrl ? (
        <Section style={{ margin: '16px 0' }}>
          <Button href={props.accountUrl} style={styles.button}>
            {t.accountCta}
          </Button>
        </Section>
      ) : null}
    </Layout>
  );
}

OrderConfirmationEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  customerName: 'Daan de Vries',
  orderReference: 'A1B2C3D4',
  currency: 'EUR',
  lines: [
    { description: 'Trendhouse – Monthly', quantity: 1, unitPriceMinor: 3200, amountMinor: 3200 },
    { description: 'Trendhouse Yearbook 2026 (PDF)', quantity: 2, unitPriceMinor: 1250, amountMinor: 2500 },
    { description: 'PostNL standard', quantity: 1, unitPriceMinor: 495, amountMinor: 495 },
  ],
  totalMinor: 6195,
  taxMinor: 556,
  accountUrl: 'http://localhost:3000/account',
  merchantMessage: null,
} satisfies OrderConfirmationProps;
