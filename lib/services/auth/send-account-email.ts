import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import type { TemplateProps } from '@/emails/registry';
import type { Locale } from '@/lib/i18n/locales';
import { appUrl } from '@/lib/services/email/app-url';
import { sendEmail, type SendEmailResult } from '@/lib/services/email/send-email';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { emailShop } from '@/lib/services/email/email-shop';

type AccountTemplate = 'confirm-email' | 'password-reset' | 'email-change' | 'account-exists';

/** An absolute link for an account e-mail; without APP_URL there is no address to send. */
export function accountLink(path: string): string {
  const url = appUrl(path);
  if (!url) throw new Error('APP_URL is not set: account e-mails need the public address of the app for their links.');
  return url;
}

/**
 * Sends an account e-mail through the outbox, from the shop: in `locale` when given, else in the
 * language of the account's customer, else in `fallbackLocale` (else English: staff).
 */
export async function sendAccountEmail<T extends AccountTemplate>(input: {
  template: T;
  to: string;
  userId?: string;
  locale?: Locale;
  fallbackLocale?: Locale;
  props: Omit<TemplateProps<T>, 'locale' | 'shop'>;
  dedupeKey: string;
}): Promise<SendEmailResult> {
  const settings = await getShopSettings(db);
  const locale = input.locale ?? (input.userId ? await customerLocale(input.userId) : null) ?? input.fallbackLocale ?? 'en';
  const props = { ...input.props, shop: emailShop(settings) } as Omit<TemplateProps<T>, 'locale'>;
  return sendEmail({ template: input.template, to: input.to, locale, props, dedupeKey: input.dedupeKey });
}

async function customerLocale(userId: string): Promise<Locale | null> {
  const [row] = await db.select({ locale: customers.locale }).from(customers).where(eq(customers.userId, userId)).limit(1);
  return row?.locale ?? null;
}
