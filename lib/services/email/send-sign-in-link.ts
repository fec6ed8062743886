import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import type { DeliverEmailOptions } from './deliver-email';
import { sendEmail, type SendEmailResult } from './send-email';
import { emailShop } from '@/lib/services/email/email-shop';

/** The Auth.js e-mail provider's maxAge in lib/auth/auth.ts. */
const DEFAULT_EXPIRES_IN_MINUTES = 60;

/**
 * Sends a magic sign-in link, in the customer's language when the address belongs to one.
 * Idempotent per link: the dedupe key is `sign-in-link:<sha256 of url>` (the url holds the
 * one-time token, which is not written into the key itself).
 */
export async function sendSignInLink(
  input: { to: string; url: string; locale?: Locale; expiresInMinutes?: number },
  options: Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult> {
  const locale = input.locale ?? (await customerLocale(input.to)) ?? 'en';
  const settings = await getShopSettings(db);
  return sendEmail(
    {
      template: 'sign-in-link',
      to: input.to,
      locale,
      props: {
        shop: emailShop(settings),
        url: input.url,
        expiresInMinutes: input.expiresInMinutes ?? DEFAULT_EXPIRES_IN_MINUTES,
      },
      dedupeKey: `sign-in-link:${createHash('sha256').update(input.url).digest('hex')}`,
    },
    options,
  );
}

async function customerLocale(email: string): Promise<Locale | null> {
  const [row] = await db.select({ locale: customers.locale }).from(customers).where(eq(customers.email, email)).limit(1);
  return row?.locale ?? null;
}
