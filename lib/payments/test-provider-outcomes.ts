/** The outcomes a payer can choose on the test provider's page. */
export const TEST_OUTCOMES = {
  pay: { status: 'paid', reason: null, label: 'Pay (succeeds)' },
  'decline-insufficient-funds': {
    status: 'failed',
    reason: 'Declined: insufficient funds',
    label: 'Decline: insufficient funds',
  },
  'decline-expired-card': { status: 'failed', reason: 'Declined: the card has expired', label: 'Decline: card expired' },
  cancel: { status: 'canceled', reason: 'Canceled by the payer', label: 'Cancel payment' },
} as const;

export type TestOutcome = keyof typeof TEST_OUTCOMES;
