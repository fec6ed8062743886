import { decideTestCheckout } from '@/lib/payments/test-provider-events';
import { TEST_SETUP_OUTCOMES, type TestSetupOutcome } from '@/lib/payments/test-provider-outcomes';
import type { PaymentMethodChoice } from '@/lib/validations/cart';
import { completeMethodSetup } from './complete-method-setup';
import { startMethodSetup } from './start-method-setup';

/** The customer goes through the test provider's setup page and comes back. */
export async function saveMethod(customerId: string, options: { outcome?: TestSetupOutcome; method?: PaymentMethodChoice; invoiceId?: string } = {}) {
  const started = await startMethodSetup({ customerId, method: options.method ?? 'card', invoiceId: options.invoiceId, baseUrl: 'http://shop.test' });
  if (!started.ok) throw new Error(started.error.message);
  const providerSetupId = started.value.redirectUrl.split('/').pop()!;
  const { status, reason, kind, mandate } = TEST_SETUP_OUTCOMES[options.outcome ?? 'save'];
  await decideTestCheckout(providerSetupId, { status, failureReason: reason, failureKind: kind, mandate, at: new Date() });
  const completed = await completeMethodSetup({ customerId, setupId: started.value.setupId, now: new Date() });
  if (!completed.ok) throw new Error(completed.error.message);
  return { ...completed.value, setupId: started.value.setupId };
}

