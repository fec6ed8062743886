import { getTranslator } from '@/lib/i18n/translator';
import { OneTimeLinkMail, type OneTimeLinkProps } from './components/one-time-link-mail';

/** Sent to `newEmail`, the address the account moves to once `url` is opened. */
export type EmailChangeProps = OneTimeLinkProps & { newEmail: string };

export default function EmailChangeEmail({ newEmail, ...props }: EmailChangeProps) {
  const t = getTranslator(props.locale, 'emails.emailChange', props.overrides);
  const body = t('body', { shop: props.shop.name, email: newEmail });
  return <OneTimeLinkMail {...props} texts={{ heading: t('heading'), body, cta: t('cta'), ignore: t('ignore') }} />;
}

EmailChangeEmail.PreviewProps = {
  locale: 'en',
  shop: { name: 'Kadens Demo Shop', supportEmail: 'support@example.com' },
  newEmail: 'owner@example.org',
  url: 'http://localhost:3000/signin/email-change/example-token',
  expiresInMinutes: 24 * 60,
} satisfies EmailChangeProps;
