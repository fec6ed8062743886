import { createHash } from 'node:crypto';
import { findUserByEmail } from '@/db/queries/auth/find-user-by-email';
import type { Locale } from '@/lib/i18n/locales';
import { accountLink, sendAccountEmail } from './send-account-email';

/**
 * Tells the owner of an address that someone tried to register with it (the form answered as
 * for a new address, so only the owner learns of it). No live link: the sign-in and reset pages.
 * At most one such mail an hour per address, however often the form is sent.
 */
export async function sendAccountExists(input: { email: string; locale?: Locale; now: Date }) {
  // In the owner's language; the one chosen on the form only when the owner has none.
  const owner = await findUserByEmail(input.email);
  const hour = input.now.toISOString().slice(0, 13);
  const address = createHash('sha256').update(input.email.toLowerCase()).digest('hex').slice(0, 32);
  return sendAccountEmail({
    template: 'account-exists',
    to: input.email,
    userId: owner?.id,
    fallbackLocale: input.locale,
    props: { signInUrl: accountLink('/signin'), resetUrl: accountLink('/signin/forgot') },
    dedupeKey: `account-exists:${address}:${hour}`,
  });
}
