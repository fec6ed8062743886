import { z } from 'zod';

/**
 * A credit check's answer, as its endpoint sends it: `{ "decision": "allow" }`,
 * `"allow-after-payment"` or `"refuse"` (an optional `reason` is kept for the log). Anything
 * else counts as no answer, and the merchant's fallback applies.
 */
export const creditCheckAnswerSchema = z.object({
  decision: z.enum(['allow', 'allow-after-payment', 'refuse']).transform((d) => (d === 'allow-after-payment' ? 'allow_after_payment' : d)),
  reason: z.string().max(500).optional(),
});

export type CreditCheckAnswer = z.output<typeof creditCheckAnswerSchema>;
