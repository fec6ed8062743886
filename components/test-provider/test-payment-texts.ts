import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { TEST_OUTCOMES, TEST_SETUP_OUTCOMES, testReasonKey } from '@/lib/payments/test-provider-outcomes';

/**
 * The payer's choices on the test provider's hosted page, worded in `locale`: a setup (saving a
 * method, no money) offers only how the saved method behaves. The order is the outcomes' order,
 * the first being the one most payers want.
 */
export function testPaymentChoices(locale: Locale, setup: boolean): { outcome: string; label: string }[] {
  if (setup) {
    const t = getTranslator(locale, 'testProvider.setupOutcomes');
    return (Object.keys(TEST_SETUP_OUTCOMES) as (keyof typeof TEST_SETUP_OUTCOMES)[]).map((outcome) => ({ outcome, label: t(outcome) }));
  }
  const t = getTranslator(locale, 'testProvider.outcomes');
  return (Object.keys(TEST_OUTCOMES) as (keyof typeof TEST_OUTCOMES)[]).map((outcome) => ({ outcome, label: t(outcome) }));
}

/** A stored failure reason in `locale`; one the catalog does not know is shown as it is. */
export function testFailureReason(locale: Locale, reason: string): string {
  const key = testReasonKey(reason);
  return key ? getTranslator(locale, 'testProvider.reasons')(key) : reason;
}
