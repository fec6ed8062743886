import { getTranslator } from '@/lib/i18n/translator';
import { OneTimeLinkMail, type OneTimeLinkProps } from './components/one-time-link-mail';

/** `url` opens the page where a new password is chosen. */
export type PasswordResetProps = OneTimeLinkProps;

export default function PasswordResetEmail(props: PasswordResetProps) {
  const t = getTranslator(props.locale, 'emails.passwordReset', props.overrides);
  return <OneTimeLinkMail {...props} texts={{ heading: t('heading'), body: t('body', { shop: props.shop.name }), cta: t('cta'), ignore: t('ignore') }} />;
}

PasswordResetEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  url: 'http://localhost:3000/signin/reset/example-token',
  expiresInMinutes: 60,
} satisfies PasswordResetProps;
