/**
 * The kinds of change to a subscription's monthly recurring revenue (MRR). Each movement is one
 * subscription's change of value; the sum of the movements up to a date is the MRR at that date.
 */
export const mrrMovementKinds = ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const;
export type MrrMovementKind = (typeof mrrMovementKinds)[number];
