import { getTranslator } from '@/lib/i18n/translator';
import { OneTimeLinkMail, type OneTimeLinkProps } from './components/one-time-link-mail';

/** `url` opens the confirmation page of a registration made with a password. */
export type ConfirmEmailProps = OneTimeLinkProps;

/** After a registration with a password: the account shows nothing until this link is used. */
export default function ConfirmEmailEmail(props: ConfirmEmailProps) {
  const t = getTranslator(props.locale, 'emails.confirmEmail', props.overrides);
  const shop = props.shop.name;
  return <OneTimeLinkMail {...props} texts={{ heading: t('heading'), body: t('body', { shop }), cta: t('cta'), ignore: t('ignore', { shop }) }} />;
}

ConfirmEmailEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  url: 'http://localhost:3000/signin/confirm/example-token?callbackUrl=%2Fcheckout%2Fdetails',
  expiresInMinutes: 24 * 60,
} satisfies ConfirmEmailProps;
