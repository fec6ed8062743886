import { z } from 'zod';
import { isSupportedCurrency } from '@/lib/billing/currency';
import { isValidTimeZone } from '@/lib/billing/time-zone';
import { emailSchema } from './auth';

/** bcrypt reads 72 bytes of a password and ignores the rest: a longer one is refused, not cut. */
export const BCRYPT_MAX_BYTES = 72;
export const OWNER_PASSWORD_MIN = 12;

const utf8Bytes = (value: string) => new TextEncoder().encode(value).length;

export const ownerPasswordSchema = z
  .string({ error: 'Choose a password.' })
  .min(OWNER_PASSWORD_MIN, { error: `Use at least ${OWNER_PASSWORD_MIN} characters: this account can do everything.` })
  .refine((value) => utf8Bytes(value) <= BCRYPT_MAX_BYTES, {
    error: `That password is too long: at most ${BCRYPT_MAX_BYTES} bytes (fewer characters with accents or emoji).`,
  });

/** The first-owner form at /setup: the one-time token, the owner, and the shop's basics. */
export const setupSchema = z
  .object({
    token: z.string({ error: 'Paste the setup token from the server log.' }).trim().min(1, { error: 'Paste the setup token from the server log.' }).max(200),
    name: z.string().trim().min(2, { error: 'Enter your name.' }).max(120),
    email: emailSchema,
    password: ownerPasswordSchema,
    passwordConfirm: z.string(),
    shopName: z.string().trim().min(2, { error: 'Enter the shop’s name.' }).max(120),
    timeZone: z.string().trim().refine(isValidTimeZone, { error: 'Choose a time zone such as Europe/Amsterdam.' }),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isSupportedCurrency, { error: 'Enter a currency code such as EUR (ISO 4217).' }),
    invoicePrefix: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,11}$/, { error: 'Use 1 to 12 letters, digits or dashes, like INV- or 2026-.' }),
  })
  .refine((input) => input.password === input.passwordConfirm, { error: 'The two passwords differ.', path: ['passwordConfirm'] });

export type SetupInput = z.infer<typeof setupSchema>;
