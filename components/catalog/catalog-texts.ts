/**
 * The words the catalog's client forms show, by key in `dashboard.manage.catalog`: the page
 * formats them in the staff member's language and passes them as props (no catalog in the browser).
 * A plain module, so server pages can read the lists (a client module's exports are references).
 */
/** The product form's words. */
export const PRODUCT_FORM_TEXTS = [
  'name',
  'slug',
  'kind',
  'kind_digital',
  'kind_download',
  'kind_service',
  'kind_physical',
  'description',
  'variants',
  'variantsHint',
  'variant',
  'skuOptional',
  'active',
  'saveProduct',
  'createProduct',
] as const;
export type ProductFormText = (typeof PRODUCT_FORM_TEXTS)[number];

/** The coupon form's words. */
export const COUPON_FORM_TEXTS = [
  'code',
  'codeFixed',
  'codeLabel',
  'discount',
  'kind',
  'percentOffKind',
  'fixedOffKind',
  'percentOff',
  'amountOff',
  'currency',
  'appliesTo',
  'durationOnce',
  'durationRepeating',
  'durationForever',
  'durationTerms',
  'limits',
  'noLimit',
  'maxRedemptions',
  'maxRedemptionsPerCustomer',
  'validUntil',
  'plans',
  'everyPlan',
  'couponActive',
  'saveCoupon',
  'createCoupon',
] as const;
export type CouponFormText = (typeof COUPON_FORM_TEXTS)[number];

/** The reminder process form's words. */
export const DUNNING_FORM_TEXTS = [
  'name',
  'actionRemind',
  'actionSuspend',
  'actionWarn',
  'actionTerminate',
  'endAfterDays',
  'suspendInsteadOfRemind',
  'step',
  'daysAfterDueDate',
  'daysAfterTheDueDate',
  'action',
  'actionLower',
  'fee',
  'feeIn',
  'stepsHint',
  'saveReminderProcess',
  'createReminderProcess',
] as const;
export type DunningFormText = (typeof DUNNING_FORM_TEXTS)[number];
