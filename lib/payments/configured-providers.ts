import { z } from 'zod';
import { createMollieProvider } from './mollie/mollie-provider';
import { createStripeProvider } from './stripe/stripe-provider';
import type { PaymentProvider } from './types';

/** An unset or blank variable means "not configured"; anything else must be well-formed. */
const optionalSecret = (pattern: RegExp, message: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
    z.string().regex(pattern, { error: message }).optional(),
  );

const paymentEnvSchema = z
  .object({
    MOLLIE_API_KEY: optionalSecret(/^(test|live)_\w+$/, 'MOLLIE_API_KEY must be a Mollie API key (test_… or live_…)'),
    // A restricted key (rk_…) limited to the payment calls works as well as a secret key.
    STRIPE_SECRET_KEY: optionalSecret(
      /^(sk|rk)_(test|live)_\w+$/,
      'STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…), not a publishable key',
    ),
    STRIPE_WEBHOOK_SECRET: optionalSecret(
      /^whsec_\w+$/,
      'STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)',
    ),
  })
  .refine((env) => Boolean(env.STRIPE_SECRET_KEY) === Boolean(env.STRIPE_WEBHOOK_SECRET), {
    // Without the signing secret no Stripe webhook could be verified, so no payment would settle.
    error: 'STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set together',
  });

/** An environment such as `process.env`; only MOLLIE_API_KEY, STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are read. */
export type PaymentEnv = Readonly<Record<string, string | undefined>>;

/** What is wrong with the payment settings, one message each (never echoing a secret); [] when nothing. */
export function paymentEnvProblems(env: PaymentEnv): string[] {
  const parsed = paymentEnvSchema.safeParse(env);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

/** Whether a real provider (Mollie or Stripe) has credentials in the environment. */
export function hasRealProvider(env: PaymentEnv): boolean {
  const parsed = paymentEnvSchema.safeParse(env);
  return parsed.success && Boolean(parsed.data.MOLLIE_API_KEY || parsed.data.STRIPE_SECRET_KEY);
}

/**
 * The real payment providers whose credentials are in the environment, Mollie first. Throws at
 * start-up on a malformed value (never echoing the secret) rather than failing at the first payment.
 */
export function configuredProviders(env: PaymentEnv = process.env): PaymentProvider[] {
  const parsed = paymentEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Payment provider configuration is invalid: ${paymentEnvProblems(env).join('; ')}`);
  }
  const { MOLLIE_API_KEY, STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } = parsed.data;
  const providers: PaymentProvider[] = [];
  if (MOLLIE_API_KEY) providers.push(createMollieProvider({ apiKey: MOLLIE_API_KEY }));
  if (STRIPE_SECRET_KEY && STRIPE_WEBHOOK_SECRET) {
    providers.push(createStripeProvider({ secretKey: STRIPE_SECRET_KEY, webhookSecret: STRIPE_WEBHOOK_SECRET }));
  }
  return providers;
}
