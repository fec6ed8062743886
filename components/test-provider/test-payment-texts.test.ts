import { describe, expect, it } from 'vitest';
import { testFailureReason, testPaymentChoices } from './test-payment-texts';

describe("the test provider's hosted page in the page's language", () => {
  it('keeps the English button names the e2e specs and the docs know', () => {
    const labels = Object.fromEntries(testPaymentChoices('en', false).map(({ outcome, label }) => [outcome, label]));
    expect(labels).toMatchObject({
      pay: 'Pay (later charges succeed)',
      'decline-insufficient-funds': 'Decline: insufficient funds',
      cancel: 'Cancel payment',
    });
    expect(testPaymentChoices('en', true).map(({ label }) => label)).toContain('Save a card that expires at the end of this month');
  });

  it('offers the same choices, in the same order, worded in Dutch and German', () => {
    const english = testPaymentChoices('en', false);
    const dutch = testPaymentChoices('nl', false);
    expect(dutch.map(({ outcome }) => outcome)).toEqual(english.map(({ outcome }) => outcome));
    expect(dutch[0]).toEqual({ outcome: 'pay', label: 'Betalen (latere afschrijvingen slagen)' });
    expect(testPaymentChoices('de', true).find(({ outcome }) => outcome === 'cancel')?.label).toBe('Abbrechen');
    expect(testPaymentChoices('nb', false).find(({ outcome }) => outcome === 'cancel')?.label).toBe('Avbryt betalingen');
  });

  it("shows the stored English failure reason in the payer's language, an unknown one as it is", () => {
    expect(testFailureReason('nl', 'Declined: insufficient funds')).toBe('Geweigerd: onvoldoende saldo');
    expect(testFailureReason('de', 'Canceled by the payer')).toBe('Vom Zahler abgebrochen');
    expect(testFailureReason('en', 'Declined: the card has expired')).toBe('Declined: the card has expired');
    expect(testFailureReason('nl', 'Declined: do not honour')).toBe('Declined: do not honour');
  });
});
