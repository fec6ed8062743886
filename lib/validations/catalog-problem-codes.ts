import { manageCode, manageMessage, type ManageCode } from '@/lib/i18n/manage-code';

/**
 * The billing core's refusals of a plan or a reminder process (`validatePlanTerms`,
 * `validateDunningPlan`, `parseMoney`) as `dashboard.manage.messages` codes with their arguments,
 * so the dashboard words them in the staff member's language. The core keeps its English
 * sentences (pure, and read by the tests of its rules); the catalog services translate them here.
 * NOTE: matched on the core's wording, like plan-problem-field.ts; catalog-problem-codes.test.ts
 * runs every rule through this table, so a reworded rule fails there instead of reaching staff
 * in English.
 */

/** Which amount a message is about, as the messages' `what` select names it. */
const WHAT: Record<string, string> = { 'The price': 'price', 'The setup fee': 'setupFee', 'The offer price': 'offerPrice', 'The fee': 'fee' };
/** `payment`: the amount received, typed into the invoice's "Register payment" form; `credit`: the amount to credit. */
export type AmountWhat = 'price' | 'setupFee' | 'offerPrice' | 'fee' | 'payment' | 'credit';

type Rule = [pattern: RegExp, code: ManageCode, values?: (groups: Record<string, string>) => Record<string, string | number>];

const AMOUNT_WHAT = String.raw`(?<what>The price|The setup fee|The offer price)`;
const RULES: Rule[] = [
  // validatePlanTerms
  [/^Unknown billing interval unit "(?<unit>[^"]*)"\.$/, 'intervalUnitUnknown'],
  [/^The billing interval must be a whole number of (?<unit>\w+)s from 1 to (?<max>\d+)\.$/, 'intervalCountRange'],
  [new RegExp(String.raw`^${AMOUNT_WHAT} must be a whole number of minor units\.$`), 'amountWhole', (g) => ({ what: WHAT[g.what!]! })],
  [new RegExp(String.raw`^${AMOUNT_WHAT} cannot be negative\.$`), 'amountNegative', (g) => ({ what: WHAT[g.what!]! })],
  [new RegExp(String.raw`^${AMOUNT_WHAT} is too large\.$`), 'amountTooLarge', (g) => ({ what: WHAT[g.what!]! })],
  [/^"(?<currency>[^"]*)" is not a currency code we know: use an ISO code such as EUR or NOK\.$/, 'currencyNotKnown'],
  [/^The trial must be /, 'trialRange'],
  [/^The commitment must be /, 'commitmentRange'],
  [/^The maximum number of instalments must be /, 'instalmentsRange'],
  [/^The announcement must go out /, 'announceRange'],
  [/^The invoice must be made /, 'invoiceRange'],
  [/^The announcement \((?<announce>\d+) days before the term\) must not come after the invoice \((?<invoice>\d+) days before\)\.$/, 'announceAfterInvoice'],
  [/^Payment terms must be /, 'paymentTermsRange'],
  [/^A campaign needs both /, 'campaignPair'],
  [/^The offer must last /, 'offerTermsRange'],
  [/^The offer price \((?<offer>.+)\) cannot be above the list price \((?<list>.+)\)\.$/, 'offerAboveList'],
  // validateDunningPlan
  [/^The subscription must end a whole number of days from 0 to (?<max>\d+) after termination\.$/, 'endAfterRange'],
  [/^Step (?<step>\d+) has an unknown action "(?<action>[^"]*)"\.$/, 'stepActionUnknown'],
  [/^Step (?<step>\d+) must be a whole number of days from 0 to (?<max>\d+) after the due date\.$/, 'stepDayRange'],
  [/^Step (?<step>\d+) \(day (?<day>\d+)\) comes before step (?<previous>\d+) \(day (?<previousDay>\d+)\)/, 'stepBefore'],
  [/^Step (?<step>\d+) is on the same day as step (?<previous>\d+) \(day (?<day>\d+)\)/, 'stepSameDay'],
  [/^Only one step can terminate the subscription: steps (?<first>\d+) and (?<second>\d+) both do\.$/, 'stepTerminateTwice'],
  [/^Step (?<step>\d+) warns of termination, but step (?<terminated>\d+) has already terminated/, 'stepWarnAfterTerminate'],
  [/^Step (?<step>\d+) terminates the subscription, so it must be the last step\.$/, 'stepAfterTerminate'],
  [/^Step (?<step>\d+) has a fee in "(?<currency>[^"]*)", which is not a currency code we know/, 'stepFeeCurrencyUnknown'],
  [
    /^Step (?<step>\d+) has a fee in (?<currency>\w+), but the plans using this reminder process are priced in (?<currencies>.+)\.$/,
    'stepFeeCurrencyNotPlans',
    (g) => ({ step: g.step!, currency: g.currency!, currencies: g.currencies!.replace(' and ', ', ') }),
  ],
  [/^Step (?<step>\d+): the fee in (?<currency>\w+) must be a whole number of minor units/, 'stepFeeWhole'],
  [/^Step (?<step>\d+): the fee in (?<currency>\w+) cannot be negative\.$/, 'stepFeeNegative'],
  [/^Step (?<step>\d+): the fee in (?<currency>\w+) is too large\.$/, 'stepFeeTooLarge'],
];

/** A plan-terms or reminder-process refusal of the billing core as a code; an unknown sentence unchanged. */
export function billingProblemCode(message: string): string {
  for (const [pattern, code, values] of RULES) {
    const match = pattern.exec(message);
    if (!match) continue;
    const groups = { ...match.groups } as Record<string, string>;
    return Object.keys(groups).length ? manageMessage(code, values ? values(groups) : groups) : manageCode(code);
  }
  return message;
}

/** `parseMoney`'s refusal of the amount typed for `what`, as a code. */
export function amountProblemCode(message: string, what: AmountWhat): string {
  const decimals = /^(?<currency>\w+) amounts have (?:no decimals|at most (?<count>\d+) decimals?)\.$/.exec(message);
  if (decimals) {
    const { currency = '', count } = decimals.groups ?? {};
    return count ? manageMessage('amountDecimals', { currency, count }) : manageMessage('amountNoDecimals', { currency });
  }
  const example = /^Enter an amount like (?<example>\S+),/.exec(message)?.groups?.example;
  if (example) return manageMessage('amountFormat', { what, example });
  if (message === 'Enter an amount.') return manageMessage('amountRequired', { what });
  if (message === 'The amount cannot be negative.') return manageMessage('amountNegative', { what });
  if (message === 'The amount is too large.') return manageMessage('amountTooLarge', { what });
  return message;
}
