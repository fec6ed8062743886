// The form field each of `validatePlanTerms`'s messages is about, by how the message starts.
// NOTE: matched on the billing core's wording; save-plan.test.ts checks every rule lands on its
// field, so a reworded message shows up there instead of silently going to the form's top.
const FIELDS: readonly [prefix: string, field: string][] = [
  ['The billing interval', 'intervalCount'],
  ['Unknown billing interval unit', 'intervalUnit'],
  ['The price', 'price'],
  ['"', 'currency'],
  ['The setup fee', 'setupFee'],
  ['The trial', 'trialDays'],
  ['The commitment', 'commitmentMonths'],
  ['The maximum number of instalments', 'maxInstalments'],
  ['The announcement', 'announceDaysBefore'],
  ['The invoice must', 'invoiceDaysBefore'],
  ['Payment terms', 'paymentTermsDays'],
  ['The offer price', 'offerPrice'],
  ['The offer must', 'offerTerms'],
];

/**
 * The field a plan-terms problem belongs to, or undefined for the form as a whole. A campaign
 * missing half of its pair is shown beside the half that is missing.
 */
export function planProblemField(message: string, offer: { offerPrice: unknown; offerTerms: unknown }): string | undefined {
  if (message.startsWith('A campaign needs both')) return offer.offerPrice === null ? 'offerPrice' : 'offerTerms';
  return FIELDS.find(([prefix]) => message.startsWith(prefix))?.[1];
}
