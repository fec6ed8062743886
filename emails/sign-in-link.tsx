import { getTranslator } from '@/lib/i18n/translator';
import { OneTimeLinkMail, type OneTimeLinkProps } from './components/one-time-link-mail';

/** `url` is the Auth.js magic link; `expiresInMinutes` the provider's maxAge. */
export type SignInLinkProps = OneTimeLinkProps;

export default function SignInLinkEmail(props: SignInLinkProps) {
  const t = getTranslator(props.locale, 'emails.signIn', props.overrides);
  return <OneTimeLinkMail {...props} texts={{ heading: t('heading', { shop: props.shop.name }), body: t('body'), cta: t('cta'), ignore: t('ignore') }} />;
}

SignInLinkEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  url: 'http://localhost:3000/api/auth/callback/email?token=example&email=customer%40example.com',
  expiresInMinutes: 60,
} satisfies SignInLinkProps;
