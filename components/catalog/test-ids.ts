/** Test ids of the catalog pages; the e2e suite imports this module. */
export const catalogTestIds = {
  // Catalog page
  productSection: 'catalog-product',
  planRow: 'catalog-plan-row',
  planLink: 'catalog-plan-link',
  planInterval: 'catalog-plan-interval',
  planPrice: 'catalog-plan-price',
  newPlanLink: 'catalog-new-plan',
  dunningRow: 'catalog-dunning-row',
  dunningLink: 'catalog-dunning-link',
  newDunningLink: 'catalog-new-dunning',
  newProductLink: 'catalog-new-product',
  editProductLink: 'catalog-edit-product',
  planVariant: 'catalog-plan-variant',
  newCouponLink: 'catalog-new-coupon',
  couponRow: 'catalog-coupon-row',
  couponLink: 'catalog-coupon-link',

  // Product form (inputs are `product-<field>`, variant rows `product-variant-<row>-name|sku`)
  productForm: 'product-form',
  productError: 'product-error',
  productSubmit: 'product-submit',

  // Coupon form (inputs are `coupon-<field>`, plan boxes `coupon-plan-<plan code>`)
  couponForm: 'coupon-form',
  couponError: 'coupon-error',
  couponSubmit: 'coupon-submit',

  // Plan form (inputs are `plan-<field>`, messages `field-error-<field>`)
  planForm: 'plan-form',
  planError: 'plan-error',
  planSubmit: 'plan-submit',

  // Reminder-process form (step inputs are `dunning-step-<row>-day|action|fee-<CUR>`)
  dunningForm: 'dunning-form',
  dunningError: 'dunning-error',
  dunningName: 'dunning-name',
  dunningStepRow: 'dunning-step-row',
  dunningSubmit: 'dunning-submit',
} as const;

/** The test id of a plan-form input: `plan-intervalCount`. */
export const planFieldTestId = (field: string) => `plan-${field}`;
/** The test id of a step input: `dunning-step-0-day`, `dunning-step-0-fee-EUR`. */
export const dunningStepTestId = (row: number, part: 'day' | 'action' | `fee-${string}`) => `dunning-step-${row}-${part}`;
/** The test id of a product-form input: `product-slug`, and of a variant row's: `product-variant-0-name`. */
export const productFieldTestId = (field: string) => `product-${field}`;
export const variantTestId = (row: number, part: 'name' | 'sku') => `product-variant-${row}-${part}`;
/** The test id of a coupon-form input: `coupon-percentOff`; a plan's box: `coupon-plan-<code>`. */
export const couponFieldTestId = (field: string) => `coupon-${field}`;
export const couponPlanTestId = (code: string) => `coupon-plan-${code}`;
