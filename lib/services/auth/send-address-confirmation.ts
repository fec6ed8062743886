import { db } from '@/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { issueAuthToken } from './issue-auth-token';
import { accountLink, sendAccountEmail } from './send-account-email';

/**
 * Mails the link that confirms a registration made with a password; `returnTo` is where the
 * confirmed customer continues (the checkout they were in). A new link retires the old one.
 */
export async function sendAddressConfirmation(input: { userId: string; email: string; locale?: Locale; returnTo: string; now: Date }) {
  const issued = await issueAuthToken(db, { userId: input.userId, purpose: 'confirm-email', now: input.now });
  const url = accountLink(`/signin/confirm/${issued.token}?${new URLSearchParams({ callbackUrl: input.returnTo })}`);
  return sendAccountEmail({
    template: 'confirm-email',
    to: input.email,
    userId: input.userId,
    locale: input.locale,
    props: { url, expiresInMinutes: issued.expiresInMinutes },
    dedupeKey: `confirm-email:${issued.id}`,
  });
}
