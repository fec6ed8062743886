/** Test ids of the customer page's by-hand subscription forms (extend, one-off charge, collection). */
export const byHandTestIds = {
  extendForm: 'extend-subscription-form',
  extendDays: 'extend-days',
  extendSubmit: 'extend-subscription',
  chargeOpen: 'one-off-charge-open',
  chargeForm: 'one-off-charge-form',
  chargeAnswer: 'one-off-charge-answer',
  chargeDescription: 'one-off-description',
  chargeAmount: 'one-off-amount',
  chargeTaxClass: 'one-off-tax-class',
  chargeSubmit: 'one-off-charge-add',
  collection: 'subscription-collection',
  collectionForm: 'subscription-collection-form',
  collectionChoice: 'subscription-collection-choice',
  collectionSubmit: 'subscription-collection-save',
} as const;
