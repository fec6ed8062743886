import { Text } from './components/primitives';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { TextOverrides } from '@/lib/i18n/text-overrides';
import { ActionButton } from './components/action-button';
import { Layout, type ShopIdentity } from './components/layout';
import { Opening } from './components/opening';
import { styles } from './components/styles';

export type CardExpiringProps = {
  locale: Locale;
  shop: ShopIdentity;
  /** The merchant's texts for this e-mail in its language (emails/render.ts adds the macros). */
  overrides?: TextOverrides;
  customerName: string;
  /** The card as Min Side names it ("Visa •••• 4242"). */
  cardLabel: string;
  /** 1–12. */
  expiryMonth: number;
  expiryYear: number;
  /** Whether automatic payments are charged to this card (else it is only stored). */
  usedForAutopay: boolean;
  /** Min Side → Payment methods. */
  updateUrl: string | null;
};

export default function CardExpiringEmail(props: CardExpiringProps) {
  const { locale, shop } = props;
  const t = getTranslator(locale, 'emails.cardExpiring', props.overrides);
  const body = t('body', {
    card: props.cardLabel,
    expiry: `${String(props.expiryMonth).padStart(2, '0')}/${props.expiryYear}`,
    autopay: props.usedForAutopay ? 'yes' : 'no',
  });
  return (
    <Layout locale={locale} overrides={props.overrides} shop={shop} preview={body}>
      <Opening locale={locale} overrides={props.overrides} title={t('heading')} name={props.customerName} />
      <Text style={styles.paragraph}>{body}</Text>
      <Text style={styles.paragraph}>{t('action')}</Text>
      <ActionButton href={props.updateUrl}>{t('updateCta')}</ActionButton>
    </Layout>
  );
}

CardExpiringEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  customerName: 'Daan de Vries',
  cardLabel: 'Visa •••• 4242',
  expiryMonth: 3,
  expiryYear: 2026,
  usedForAutopay: true,
  updateUrl: 'https://shop.example.com/account/payment-methods',
} satisfies CardExpiringProps;
