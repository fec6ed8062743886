/**
 * What the payer can choose on the test provider's hosted page. Besides the immediate outcome,
 * a successful payment creates a mandate whose later off-session charges behave as chosen, like
 * the test cards and test IBANs of a real provider's sandbox. The buttons' words are the catalog's
 * (`testProvider.outcomes`), in the page's language.
 */
export const TEST_OUTCOMES = {
  pay: { status: 'paid', reason: null, kind: null, mandate: 'ok' },
  'pay-flaky-mandate': {
    status: 'paid',
    reason: null,
    kind: null,
    mandate: 'flaky',
  },
  'pay-failing-mandate': {
    status: 'paid',
    reason: null,
    kind: null,
    mandate: 'failing',
  },
  'pay-bouncing-mandate': {
    status: 'paid',
    reason: null,
    kind: null,
    mandate: 'bouncing',
  },
  pending: {
    status: 'pending',
    reason: null,
    kind: null,
    mandate: null,
  },
  'decline-insufficient-funds': {
    status: 'failed',
    reason: 'Declined: insufficient funds',
    kind: 'temporary',
    mandate: null,
  },
  'decline-expired-card': {
    status: 'failed',
    reason: 'Declined: the card has expired',
    kind: 'permanent',
    mandate: null,
  },
  'decline-closed-account': {
    status: 'failed',
    reason: 'Declined: the account is closed',
    kind: 'permanent',
    mandate: null,
  },
  cancel: { status: 'canceled', reason: 'Canceled by the payer', kind: null, mandate: null },
} as const;

export type TestOutcome = keyof typeof TEST_OUTCOMES;

/**
 * What the payer can choose on the hosted page of a setup (saving a method, no money): the saved
 * method's later charges behave as chosen, and `expiring` saves a card that expires this month.
 */
export const TEST_SETUP_OUTCOMES = {
  save: { status: 'paid', reason: null, kind: null, mandate: 'ok' },
  'save-expiring': {
    status: 'paid',
    reason: null,
    kind: null,
    mandate: 'expiring',
  },
  'save-failing': { status: 'paid', reason: null, kind: null, mandate: 'failing' },
  'decline-verification': {
    status: 'failed',
    reason: 'Declined: the card could not be verified',
    kind: 'permanent',
    mandate: null,
  },
  cancel: { status: 'canceled', reason: 'Canceled by the payer', kind: null, mandate: null },
} as const;

export type TestSetupOutcome = keyof typeof TEST_SETUP_OUTCOMES;

/**
 * The catalog's key (`testProvider.reasons`) of each failure reason the test provider stores: the
 * reason stays English in the payment (the shop and its logs read it), the payer reads it in the
 * page's language.
 */
const TEST_REASON_KEYS = {
  'Declined: insufficient funds': 'insufficientFunds',
  'Declined: the card has expired': 'cardExpired',
  'Declined: the account is closed': 'accountClosed',
  'Declined: the card could not be verified': 'verificationFailed',
  'Canceled by the payer': 'canceledByPayer',
} as const;

/** The catalog's key of a stored failure reason, or null for one it does not know. */
export function testReasonKey(reason: string): (typeof TEST_REASON_KEYS)[keyof typeof TEST_REASON_KEYS] | null {
  return Object.hasOwn(TEST_REASON_KEYS, reason) ? TEST_REASON_KEYS[reason as keyof typeof TEST_REASON_KEYS] : null;
}

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
