import { z } from 'zod';
import { COUNTRIES } from './countries';

// Messages are codes of the catalog's `errors` namespace: the action answers them in the page's language.

export const emailSchema = z
  .string({ error: 'enter_email' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'email_invalid' }));

/**
 * bcrypt reads at most 72 bytes of a password and ignores the rest, so a longer one is refused
 * where it is chosen rather than silently cut (accented letters take 2 bytes, most emoji 4).
 */
export const PASSWORD_MAX_BYTES = 72;

export const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** A password being chosen (registration, reset, change): every place a password is set. */
export const passwordSchema = z
  .string({ error: 'enter_new_password' })
  .min(8, { error: 'password_too_short' })
  .refine((password) => utf8Bytes(password) <= PASSWORD_MAX_BYTES, {
    error: 'password_too_long',
    params: { maximum: PASSWORD_MAX_BYTES },
  });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'enter_password' }).max(200),
});

export const magicLinkSchema = z.object({ email: emailSchema });

export { COUNTRIES };

export const registerSchema = z.object({
  name: z.string().trim().min(2, { error: 'enter_your_full_name' }).max(120),
  email: emailSchema,
  password: passwordSchema.optional(),
  companyName: z.string().trim().max(120).optional().transform((v) => v || null),
  vatId: z.string().trim().max(30).optional().transform((v) => v || null),
  // Without a choice, registerCustomer derives it from the company name / VAT id (customerTypeOf).
  customerType: z.enum(['consumer', 'business'], { error: 'choose_customer_type' }).optional(),
  addressLine1: z.string().trim().min(3, { error: 'enter_your_street' }).max(200),
  addressLine2: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  postalCode: z.string().trim().min(3, { error: 'enter_your_postal_code' }).max(12),
  city: z.string().trim().min(2, { error: 'enter_your_city' }).max(100),
  country: z.enum(COUNTRIES, { error: 'choose_your_country' }),
  locale: z.enum(['en', 'nl', 'de', 'nb']).default('en'),
});

export type RegisterInput = z.infer<typeof registerSchema>;

/** A one-time link's token, as it arrives from the page the link opened. */
const tokenField = z.string({ error: 'link_incomplete' }).min(20, { error: 'link_incomplete' }).max(200);

const repeated = <T extends { confirmPassword: string }>(values: T, password: string) => values.confirmPassword === password;
const REPEAT_MISMATCH = {
  error: 'passwords_differ',
  path: ['confirmPassword'],
};

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({
    token: tokenField,
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((values) => repeated(values, values.password), REPEAT_MISMATCH);

export const confirmRegistrationSchema = z.object({
  token: tokenField,
  password: z.string().min(1, { error: 'enter_registration_password' }).max(200),
});

export const changePasswordSchema = z
  .object({
    // Empty for an account that has only ever signed in by link (it has no password yet).
    currentPassword: z.string().max(200).optional().transform((v) => v || undefined),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((values) => repeated(values, values.newPassword), REPEAT_MISMATCH);

export const emailChangeSchema = z.object({
  currentPassword: z.string().min(1, { error: 'enter_current_password' }).max(200),
  newEmail: emailSchema,
});

/** A customer's new address; the password only when the account has one (the service checks). */
export const ownEmailChangeSchema = z.object({
  currentPassword: z.string().max(200).optional().transform((v) => v || undefined),
  newEmail: emailSchema,
});

export const emailChangeConfirmSchema = z.object({ token: tokenField });
