/**
 * What the payer can choose on the test provider's hosted page. Besides the immediate outcome,
 * a successful payment creates a mandate whose later off-session charges behave as chosen, like
 * the test cards and test IBANs of a real provider's sandbox.
 */
export const TEST_OUTCOMES = {
  pay: { status: 'paid', reason: null, kind: null, mandate: 'ok', label: 'Pay (later charges succeed)' },
  'pay-flaky-mandate': {
    status: 'paid',
    reason: null,
    kind: null,
    mandate: 'flaky',
    label: 'Pay; later charges fail twice (insufficient funds), then succeed',
  },
  'pay-failing-mandate': {
    status: 'paid',
    reason: null,
    kind: null,
    mandate: 'failing',
    label: 'Pay; later charges fail (card expired)',
  },
  'pay-bouncing-mandate': {
    status: 'paid',
    reason: null,
    kind: null,
    mandate: 'bouncing',
    label: 'Pay by SEPA debit; later debits can bounce',
  },
  pending: {
    status: 'pending',
    reason: null,
    kind: null,
    mandate: null,
    label: 'Leave pending (settled or failed later from the test dashboard)',
  },
  'decline-insufficient-funds': {
    status: 'failed',
    reason: 'Declined: insufficient funds',
    kind: 'temporary',
    mandate: null,
    label: 'Decline: insufficient funds',
  },
  'decline-expired-card': {
    status: 'failed',
    reason: 'Declined: the card has expired',
    kind: 'permanent',
    mandate: null,
    label: 'Decline: card expired',
  },
  'decline-closed-account': {
    status: 'failed',
    reason: 'Declined: the account is closed',
    kind: 'permanent',
    mandate: null,
    label: 'Decline: account closed',
  },
  cancel: { status: 'canceled', reason: 'Canceled by the payer', kind: null, mandate: null, label: 'Cancel payment' },
} as const;

export type TestOutcome = keyof typeof TEST_OUTCOMES;

/**
 * What the payer can choose on the hosted page of a setup (saving a method, no money): the saved
 * method's later charges behave as chosen, and `expiring` saves a card that expires this month.
 */
export const TEST_SETUP_OUTCOMES = {
  save: { status: 'paid', reason: null, kind: null, mandate: 'ok', label: 'Save (later charges succeed)' },
  'save-expiring': {
    status: 'paid',
    reason: null,
    kind: null,
    mandate: 'expiring',
    label: 'Save a card that expires at the end of this month',
  },
  'save-failing': { status: 'paid', reason: null, kind: null, mandate: 'failing', label: 'Save; later charges fail (card expired)' },
  'decline-verification': {
    status: 'failed',
    reason: 'Declined: the card could not be verified',
    kind: 'permanent',
    mandate: null,
    label: 'Decline: verification failed',
  },
  cancel: { status: 'canceled', reason: 'Canceled by the payer', kind: null, mandate: null, label: 'Cancel' },
} as const;

export type TestSetupOutcome = keyof typeof TEST_SETUP_OUTCOMES;

/** How a test mandate's off-session charges behave (encoded in the mandate reference). */
export type TestMandateBehaviour = 'ok' | 'flaky' | 'failing' | 'bouncing' | 'timeout-once' | 'expiring';

export function testMandateRef(behaviour: TestMandateBehaviour, paymentId: string): string {
  return `tm_${behaviour}_${paymentId}`;
}

export function mandateBehaviour(mandateRef: string): TestMandateBehaviour {
  const behaviour = mandateRef.split('_')[1];
  if (behaviour === 'ok' || behaviour === 'flaky' || behaviour === 'failing' || behaviour === 'bouncing' || behaviour === 'timeout-once' || behaviour === 'expiring') {
    return behaviour;
  }
  // Mandates from before the scenarios existed (test_mandate_<id>) always succeeded.
  return 'ok';
}
