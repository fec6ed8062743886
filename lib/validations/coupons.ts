import { z } from 'zod';
// Type only: the coupon form (a client component) reads this module's constants, and the
// message catalog must not travel to the browser with them.
import type { ManageCode } from '@/lib/i18n/manage-messages';

/**
 * The coupon form. These schemas check the form (text into numbers, required fields); the rules
 * of a valid coupon (a percent from 1 to 100, a positive amount, terms for a repeating coupon)
 * live once, in lib/billing/coupon-terms.ts, and run in the service. Messages are codes of
 * `dashboard.manage.messages`, worded in the staff member's language by the action.
 */

export const COUPON_KINDS = ['percent', 'fixed'] as const;
export const COUPON_DURATIONS = ['once', 'repeating', 'forever'] as const;
export const COUPON_CODE_MAX = 40;
/** The most plans one coupon can be limited to (and the most ids the action reads). */
export const COUPON_PLANS_MAX = 200;

/** A whole number typed in a form, or NaN for text that is not one (the rules answer it). */
const optionalWhole = z
  .string()
  .trim()
  .optional()
  .transform((text) => (!text ? null : /^[-\u2212]?\d{1,9}$/.test(text) ? Number(text.replace('\u2212', '-')) : Number.NaN));

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((text) => text || null);

const couponFields = {
  kind: z.enum(COUPON_KINDS, { error: 'couponKindInvalid' satisfies ManageCode }),
  percentOff: optionalWhole,
  amountOff: optionalText,
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((code) => code || null)
    .pipe(z.string().regex(/^[A-Z]{3}$/, { error: 'currencyCodeInvalid' satisfies ManageCode }).nullable()),
  duration: z.enum(COUPON_DURATIONS, { error: 'couponDurationInvalid' satisfies ManageCode }),
  durationTerms: optionalWhole,
  maxRedemptions: optionalWhole,
  maxRedemptionsPerCustomer: optionalWhole,
  // A date (yyyy-mm-dd): the code works up to the end of that day in the shop's time zone.
  validUntil: optionalText.pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'lastDayInvalid' satisfies ManageCode })
      .nullable(),
  ),
  planIds: z.array(z.guid({ error: 'couponPlansFromList' satisfies ManageCode })).max(COUPON_PLANS_MAX),
  active: z
    .literal('on', { error: 'onOrOff' satisfies ManageCode })
    .optional()
    .transform((value) => value === 'on'),
};

/** A new coupon: its code is chosen once, here (stored upper-case, typed in any case). */
export const newCouponSchema = z.object({
  ...couponFields,
  code: z
    .string({ error: 'couponCodeRequired' satisfies ManageCode })
    .trim()
    .toUpperCase()
    .min(1, { error: 'couponCodeRequired' satisfies ManageCode })
    .max(COUPON_CODE_MAX, { error: 'couponCodeTooLong' satisfies ManageCode })
    .regex(/^[A-Z0-9]+(?:[-_][A-Z0-9]+)*$/, { error: 'couponCodeInvalid' satisfies ManageCode }),
});

/** An existing coupon. NOTE: its code does not change: orders and customers refer to it. */
export const editCouponSchema = z.object({ ...couponFields, id: z.guid({ error: 'couponMissing' satisfies ManageCode }) });

export type NewCouponInput = z.infer<typeof newCouponSchema>;
export type EditCouponInput = z.infer<typeof editCouponSchema>;
export type SaveCouponInput = NewCouponInput | EditCouponInput;

/** The coupon form as an object for the schemas: the chosen plans are a list. */
export function couponFormInput(formData: FormData, raw: Record<string, string>): { input: unknown; values: Record<string, string> } {
  const planIds = formData.getAll('planIds').filter((id): id is string => typeof id === 'string' && id !== '');
  const { planIds: _single, ...rest } = raw;
  return { input: { ...rest, planIds }, values: { ...rest, planIds: planIds.join(',') } };
}
