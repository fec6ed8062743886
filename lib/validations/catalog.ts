import { z } from 'zod';
import { currencyExponent, isSupportedCurrency, parseMoney } from '@/lib/billing/money';
import { TAX_CLASSES } from '@/lib/billing/vat/vat-rates';
// Type only: the catalog's client forms read this module's constants (no message catalog in the browser).
import type { ManageCode } from '@/lib/i18n/manage-code';
import { amountProblemCode } from './catalog-problem-codes';

/**
 * The catalog forms: plans and reminder processes (dunning plans). These schemas check the form
 * (text into numbers, required fields); the rules of a valid plan or process live once, in
 * lib/billing (`validatePlanTerms`, `validateDunningPlan`), and run in the services. Every message
 * is a `dashboard.manage.messages` code, worded in the staff member's language by the action.
 */

export const INTERVAL_UNITS = ['day', 'week', 'month', 'year'] as const;
export const DUNNING_ACTIONS = ['remind', 'suspend', 'warn', 'terminate'] as const;
export const CATALOG_NAME_MAX = 80;
export const PLAN_CODE_MAX = 60;
/** Empty step rows the reminder-process form offers; blank rows are ignored. */
export const DUNNING_FORM_ROWS = 8;
/** The most steps a process can have (and the most rows the action reads). */
export const DUNNING_STEPS_MAX = 20;

/** A field name of a step row: `steps.0.daysAfterDue`, `steps.0.action`, `steps.0.fees.EUR`. */
export const stepField = (row: number, field: 'daysAfterDue' | 'action') => `steps.${row}.${field}`;
export const stepFeeField = (row: number, currency: string) => `steps.${row}.fees.${currency}`;
/** The key of a message about a whole step row. */
export const stepRowKey = (row: number) => `steps.${row}`;

/**
 * A whole number typed in a form. Text that is not one becomes NaN so that the billing rules
 * answer it with their own message ("…a whole number of months from 1 to 120"), the same one a
 * number out of range gets.
 */
const wholeNumber = (required: ManageCode) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .transform((text) => (/^[-\u2212]?\d{1,9}$/.test(text) ? Number(text.replace('\u2212', '-')) : Number.NaN));

const optionalWholeNumber = z
  .string()
  .trim()
  .optional()
  .transform((text) => (!text ? null : /^[-\u2212]?\d{1,9}$/.test(text) ? Number(text.replace('\u2212', '-')) : Number.NaN));

/** An amount as typed ("32.00", "32,00"); read with `parseMoney` once the currency is known. */
const amountText = (required: ManageCode) => z.string({ error: required }).trim().min(1, { error: required });
const optionalAmountText = z
  .string()
  .trim()
  .optional()
  .transform((text) => text || null);

const checkbox = z
  .literal('on', { error: 'onOrOff' satisfies ManageCode })
  .optional()
  .transform((value) => value === 'on');

const nameSchema = (required: ManageCode) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(CATALOG_NAME_MAX, { error: 'productNameTooLong' satisfies ManageCode });

/** VAT in percent with at most two decimals ("21", "9", "5,5") as basis points. */
const taxRateSchema = z
  .string({ error: 'taxRateRequired' satisfies ManageCode })
  .trim()
  .transform((text, ctx) => {
    const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
    const bp = match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : Number.NaN;
    if (!(bp >= 0 && bp <= 10_000)) {
      ctx.addIssue({ code: 'custom', message: 'taxRateInvalid' satisfies ManageCode });
      return z.NEVER;
    }
    return bp;
  });

const currencySchema = z
  .string({ error: 'currencyRequired' satisfies ManageCode })
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code), { error: 'currencyCodeInvalid' satisfies ManageCode })
  .refine((code) => isSupportedCurrency(code), { error: 'currencyUnknown' satisfies ManageCode });

const planFields = {
  name: nameSchema('planNameRequired'),
  intervalUnit: z.enum(INTERVAL_UNITS, { error: 'intervalUnitInvalid' satisfies ManageCode }),
  intervalCount: wholeNumber('intervalCountRequired'),
  price: amountText('priceRequired'),
  setupFee: optionalAmountText,
  taxRate: taxRateSchema,
  // What the VAT rules tax the plan as abroad (OSS, reverse charge); the rate above is the home rate.
  taxClass: z.enum(TAX_CLASSES, { error: 'taxClassInvalid' satisfies ManageCode }).default('standard'),
  trialDays: wholeNumber('trialRequired'),
  commitmentMonths: optionalWholeNumber,
  maxInstalments: optionalWholeNumber,
  announceDaysBefore: wholeNumber('announceRequired'),
  invoiceDaysBefore: wholeNumber('invoiceDaysRequired'),
  paymentTermsDays: wholeNumber('paymentTermsRequired'),
  dunningPlanId: z
    .string()
    .trim()
    .optional()
    .transform((id) => id || null)
    .pipe(z.guid({ error: 'dunningPlanFromList' satisfies ManageCode }).nullable()),
  offerPrice: optionalAmountText,
  offerTerms: optionalWholeNumber,
  nextPlanId: z
    .string()
    .trim()
    .optional()
    .transform((id) => id || null)
    .pipe(z.guid({ error: 'nextPlanFromList' satisfies ManageCode }).nullable()),
  active: checkbox,
  // The product's variant this plan is sold for (edition, size, print + digital); empty: the product.
  variantId: z
    .string()
    .trim()
    .optional()
    .transform((id) => id || null)
    .pipe(z.guid({ error: 'variantFromList' satisfies ManageCode }).nullable()),
};

/** A new plan of a product: its code and currency are chosen once, here. */
export const newPlanSchema = z.object({
  ...planFields,
  productId: z.guid({ error: 'planProductMissing' satisfies ManageCode }),
  code: z
    .string({ error: 'planCodeRequired' satisfies ManageCode })
    .trim()
    .toLowerCase()
    .min(1, { error: 'planCodeRequired' satisfies ManageCode })
    .max(PLAN_CODE_MAX, { error: 'planCodeTooLong' satisfies ManageCode })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'planCodeInvalid' satisfies ManageCode }),
  currency: currencySchema,
});

/**
 * An existing plan. NOTE: its code and currency do not change: subscriptions, invoices and the
 * API refer to them.
 */
export const editPlanSchema = z.object({ ...planFields, id: z.guid({ error: 'planMissing' satisfies ManageCode }) });

export type NewPlanInput = z.infer<typeof newPlanSchema>;
export type EditPlanInput = z.infer<typeof editPlanSchema>;
export type SavePlanInput = NewPlanInput | EditPlanInput;

const stepSchema = z.object({
  daysAfterDue: wholeNumber('stepDayRequired'),
  action: z.enum(DUNNING_ACTIONS, { error: 'dunningActionInvalid' satisfies ManageCode }),
  // Fees typed per currency in major units; a blank fee is no fee in that currency.
  fees: z.record(z.string(), z.string().trim()).transform((typed, ctx) => {
    const fees: Record<string, number> = {};
    for (const [currency, text] of Object.entries(typed)) {
      if (!text) continue;
      if (!isSupportedCurrency(currency)) {
        ctx.addIssue({ code: 'custom', path: [currency], message: 'feeCurrencyUnknown' satisfies ManageCode, params: { currency } });
        continue;
      }
      const minor = parseMoney(text, currency);
      if (minor.ok) fees[currency] = minor.value;
      else ctx.addIssue({ code: 'custom', path: [currency], message: amountProblemCode(minor.error, 'fee') });
    }
    return fees;
  }),
});

/** A reminder process; step rows already compacted by `dunningPlanFormInput`. */
export const dunningPlanSchema = z.object({
  id: z
    .string()
    .optional()
    .transform((id) => id || null)
    .pipe(z.guid({ error: 'reminderProcessMissing' satisfies ManageCode }).nullable()),
  name: nameSchema('reminderProcessNameRequired'),
  suspendInsteadOfRemind: checkbox,
  endAfterDays: wholeNumber('endAfterDaysRequired'),
  steps: z.array(stepSchema).max(DUNNING_STEPS_MAX, { error: 'dunningStepsMax' satisfies ManageCode }),
});
export type DunningPlanFormInput = z.infer<typeof dunningPlanSchema>;

/**
 * The reminder-process form as an object for `dunningPlanSchema`, and the typed values to show
 * again. Blank rows (no day, no fee) are dropped and the others moved up, so that "step 2" in a
 * message is the second row on the form.
 */
export function dunningPlanFormInput(raw: Record<string, string>): { candidate: unknown; values: Record<string, string> } {
  const values: Record<string, string> = {};
  for (const key of ['id', 'name', 'suspendInsteadOfRemind', 'endAfterDays']) {
    if (raw[key] !== undefined) values[key] = raw[key];
  }
  const steps: { daysAfterDue: string; action: string; fees: Record<string, string> }[] = [];
  for (let row = 0; row < DUNNING_STEPS_MAX; row += 1) {
    const feePrefix = `steps.${row}.fees.`;
    const fees: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (key.startsWith(feePrefix)) fees[key.slice(feePrefix.length)] = value;
    }
    const day = raw[stepField(row, 'daysAfterDue')] ?? '';
    if (!day.trim() && Object.values(fees).every((fee) => !fee.trim())) continue;
    const at = steps.length;
    steps.push({ daysAfterDue: day, action: raw[stepField(row, 'action')] ?? '', fees });
    values[stepField(at, 'daysAfterDue')] = day;
    values[stepField(at, 'action')] = raw[stepField(row, 'action')] ?? '';
    for (const [currency, fee] of Object.entries(fees)) values[stepFeeField(at, currency)] = fee;
  }
  return {
    candidate: {
      id: raw.id,
      name: raw.name,
      suspendInsteadOfRemind: raw.suspendInsteadOfRemind,
      endAfterDays: raw.endAfterDays,
      steps,
    },
    values,
  };
}

/** Minor units as the text a money field starts with: 3200 EUR is "32.00", 500 JPY "500". */
export function amountInputValue(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  if (exponent === 0) return String(minor);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  return `${minor < 0 ? '-' : ''}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** Basis points as the VAT field's text: 2100 is "21", 550 "5.5". */
export function taxRateInputValue(bp: number): string {
  return String(bp / 100);
}
