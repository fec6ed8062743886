import { Text } from './components/primitives';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { ActionButton } from './components/action-button';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type SuspensionNoticeProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  customerName: string;
  /** "Trendhouse – Monthly"; null when the invoice is not for one subscription. */
  subscriptionName: string | null;
  invoiceNumber: string;
  currency: string;
  /** What is still open of the invoice, fees included. */
  openMinor: number;
  payUrl?: string | null;
};

export default function SuspensionNoticeEmail(props: SuspensionNoticeProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.suspension', props.overrides);
  const f = createFormatter(locale);
  const body = t('body', {
    has_subscription: props.subscriptionName ? 'yes' : 'no',
    subscription: props.subscriptionName ?? '',
    invoice: props.invoiceNumber,
    amount: f.money(props.openMinor, props.currency),
  });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      <Text style={styles.paragraph}>
        <strong>{t('restore')}</strong>
      </Text>
      <ActionButton href={props.payUrl}>{t('cta')}</ActionButton>
    </Layout>
  );
}

SuspensionNoticeEmail.PreviewProps = {
  locale: 'de',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  customerName: 'Erika Mustermann',
  subscriptionName: 'Trendhouse – Monthly',
  invoiceNumber: 'KD-000042',
  currency: 'EUR',
  openMinor: 3700,
  payUrl: 'http://localhost:3000/account/invoices/example',
} satisfies SuspensionNoticeProps;
