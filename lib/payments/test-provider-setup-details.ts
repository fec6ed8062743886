import { mandateBehaviour } from './test-provider-outcomes';
import type { TestPaymentRecord } from './test-provider-store';
import type { MethodDetails, ProviderSetup } from './types';

/** What the test provider saves for each method the payer may add (its sandbox's test data). */
function detailsOf(setup: TestPaymentRecord, mandateRef: string): MethodDetails {
  const method = setup.method ?? 'card';
  if (method === 'paypal') return { type: 'paypal', brand: null, last4: null, expiryMonth: null, expiryYear: null, ibanMasked: null };
  if (method !== 'card') {
    // iDEAL, Bancontact and SEPA direct debit all leave a debit mandate on the payer's account.
    return { type: 'sepa_debit', brand: null, last4: '4300', expiryMonth: null, expiryYear: null, ibanMasked: 'NL91 •••• 4300' };
  }
  const saved = setup.completedAt ?? setup.createdAt;
  const behaviour = mandateBehaviour(mandateRef);
  // A card that expires at the end of the month it was saved in, or three years on.
  const expiresSoon = behaviour === 'expiring';
  return {
    type: 'card',
    brand: behaviour === 'failing' ? 'Mastercard' : 'Visa',
    last4: behaviour === 'failing' ? '0069' : expiresSoon ? '1881' : '4242',
    expiryMonth: saved.getUTCMonth() + 1,
    expiryYear: saved.getUTCFullYear() + (expiresSoon ? 0 : 3),
    ibanMasked: null,
  };
}

/** A setup in the test provider's ledger as the provider interface reports it. */
export function testSetupState(setup: TestPaymentRecord): ProviderSetup {
  const status = setup.status === 'paid' ? 'succeeded' : setup.status === 'failed' || setup.status === 'canceled' ? setup.status : 'open';
  const mandateRef = status === 'succeeded' ? setup.mandateRef : null;
  return {
    providerSetupId: setup.id,
    status,
    mandateRef,
    providerCustomerId: null,
    details: mandateRef ? detailsOf(setup, mandateRef) : null,
  };
}
