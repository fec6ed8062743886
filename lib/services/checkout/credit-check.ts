import type { CreditDecision } from '@/lib/billing/invoice-order-access';
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
export async function runCreditCheck(settings: CreditCheckSettings, request: CreditCheckRequest): Promise<CreditCheckOutcome | null> {
  if (!settings.creditCheckUrl) return null;
  const fallback = (why: string): CreditCheckOutcome => {
    console.warn(`[credit-check] fallback ${settings.creditCheckFallback}: ${why}`);
    return { decision: settings.creditCheckFallback, by: 'fallback', why };
  };
  let response: Response;
  try {
    response = await fetch(settings.creditCheckUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(settings.creditCheckTimeoutMs),
      // A redirect could lead the server's request anywhere: the configured URL answers itself.
      redirect: 'error',
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return fallback(timedOut ? `no answer within ${settings.creditCheckTimeoutMs} ms` : `request failed: ${error instanceof Error ? error.message : 'unknown error'}`);
  }
  if (!response.ok) return fallback(`answered HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return fallback('answered something that is not JSON');
  }
  const parsed = creditCheckAnswerSchema.safeParse(body);
  if (!parsed.success) return fallback('answered no known decision');
  return { decision: parsed.data.decision, by: 'endpoint' };
}
