import { Heading, Text } from './components/primitives';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { ActionButton } from './components/action-button';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { OrderLinesTable, type OrderLine } from './components/order-lines-table';
import { styles } from './components/styles';

/** One line of the order as priced at checkout. */
export type OrderConfirmationLine = OrderLine;

export type OrderConfirmationProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
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
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.orderConfirmation', props.overrides);
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={t('preview')}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} name={props.customerName} />
      <Text style={styles.paragraph}>{t('intro', { order: props.orderReference })}</Text>
      <OrderLinesTable locale={locale} currency={props.currency} lines={props.lines} totalMinor={props.totalMinor} taxMinor={props.taxMinor} />

      {props.merchantMessage ? <Text style={styles.paragraph}>{props.merchantMessage}</Text> : null}

      <Heading as="h2" style={styles.subheading}>
        {t('nextTitle')}
      </Heading>
      <Text style={styles.paragraph}>{t('nextSteps')}</Text>
      <ActionButton href={props.accountUrl}>{t('accountCta')}</ActionButton>
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
