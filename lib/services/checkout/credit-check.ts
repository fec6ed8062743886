import type { CreditDecision } from '@/lib/billing/invoice-order-access';
import { postWebhook } from '@/lib/services/webhooks/post-webhook';
import { addressPolicy, type AddressPolicy, type Resolver } from '@/lib/services/webhooks/webhook-address-policy';
import { creditCheckAnswerSchema } from '@/lib/validations/credit-check';

/** What the credit check is told: the order as priced and who orders it. */
export type CreditCheckRequest = {
  order: { currency: string; totalMinor: number; lines: { description: string; quantity: number; amountMinor: number }[] };
  customer: {
    id: string;
    email: string;
    name: string;
    customerType: 'consumer' | 'business';
    companyName: string | null;
    organisationNumber: string | null;
    vatId: string | null;
    addressLine1: string | null;
    postalCode: string | null;
    city: string | null;
    country: string | null;
  };
};

export type CreditCheckSettings = {
  creditCheckUrl: string | null;
  creditCheckTimeoutMs: number;
  creditCheckFallback: CreditDecision;
};

/** The decision, and whether the endpoint gave it or the fallback did (and why). */
export type CreditCheckOutcome = { decision: CreditDecision; by: 'endpoint' } | { decision: CreditDecision; by: 'fallback'; why: string };

/**
 * Asks the merchant's credit check about a pay-by-invoice order, before anything is written: a
 * POST of the summary as JSON, answered within the timeout. A timeout, a network error, a non-2xx
 * status or an answer that is not one of the three decisions gives the merchant's fallback, so a
 * slow or broken endpoint never blocks the checkout for longer than the timeout. Null without a
 * configured URL.
 */
export async function runCreditCheck(
  settings: CreditCheckSettings,
  request: CreditCheckRequest,
  guard: { policy?: AddressPolicy; resolve?: Resolver } = {},
): Promise<CreditCheckOutcome | null> {
  if (!settings.creditCheckUrl) return null;
  const fallback = (why: string): CreditCheckOutcome => {
    console.warn(`[credit-check] fallback ${settings.creditCheckFallback}: ${why}`);
    return { decision: settings.creditCheckFallback, by: 'fallback', why };
  };
  // NOTE: sent like an outgoing webhook (postWebhook): the host is resolved through the address
  // guard at every call, so a name that resolved to a public address when the URL was saved and
  // now answers 127.0.0.1 (DNS rebinding) is refused; redirects are not followed. Its timeout is
  // the socket's idle time: the deadline here bounds the whole call. Its first 1,000 characters are
  // read, far more than a decision takes.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), settings.creditCheckTimeoutMs)));
  const response = await Promise.race([
    postWebhook({
      url: settings.creditCheckUrl,
      headers: { accept: 'application/json', 'user-agent': 'Kadens-CreditCheck/1' },
      body: JSON.stringify(request),
      timeoutMs: settings.creditCheckTimeoutMs,
      policy: guard.policy ?? addressPolicy(),
      resolve: guard.resolve,
    }),
    deadline,
  ]).finally(() => clearTimeout(timer));
  if (!response || (response.status === null && /^No answer within/.test(response.error ?? ''))) {
    return fallback(`no answer within ${settings.creditCheckTimeoutMs} ms`);
  }
  if (response.status === null) return fallback(`request failed: ${response.error ?? 'unknown error'}`);
  if (response.status < 200 || response.status > 299) return fallback(`answered HTTP ${response.status}`);
  let body: unknown;
  try {
    body = JSON.parse(response.body ?? '');
  } catch {
    return fallback('answered something that is not JSON');
  }
  const parsed = creditCheckAnswerSchema.safeParse(body);
  if (!parsed.success) return fallback('answered no known decision');
  return { decision: parsed.data.decision, by: 'endpoint' };
}
