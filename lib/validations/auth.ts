import { z } from 'zod';

export const emailSchema = z
  .string({ error: 'Enter your e-mail address.' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid e-mail address, like name@example.com.' }));

export const passwordSchema = z
  .string({ error: 'Enter a password.' })
  .min(8, { error: 'Use at least 8 characters for your password.' })
  .max(200, { error: 'That password is too long (200 characters at most).' });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'Enter your password.' }).max(200),
});

export const magicLinkSchema = z.object({ email: emailSchema });

export const COUNTRIES = ['NL', 'BE', 'DE', 'NO', 'SE', 'DK', 'FR', 'AT', 'LU', 'FI', 'GB', 'US'] as const;

export const registerSchema = z.object({
  name: z.string().trim().min(2, { error: 'Enter your full name.' }).max(120),
  email: emailSchema,
  password: passwordSchema.optional(),
  companyName: z.string().trim().max(120).optional().transform((v) => v || null),
  vatId: z.string().trim().max(30).optional().transform((v) => v || null),
  addressLine1: z.string().trim().min(3, { error: 'Enter your street and house number.' }).max(200),
  addressLine2: z.string().trim().max(200).optional().transform((v) => v || null),
  postalCode: z.string().trim().min(3, { error: 'Enter your postal code.' }).max(12),
  city: z.string().trim().min(2, { error: 'Enter your city.' }).max(100),
  country: z.enum(COUNTRIES, { error: 'Choose your country.' }),
  locale: z.enum(['en', 'nl', 'de', 'nb']).default('en'),
});

export type RegisterInput = z.infer<typeof registerSchema>;
