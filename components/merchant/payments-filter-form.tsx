import { DayRangeFields, FilterSelect } from '@/components/ui/filter-fields';
import { merchantPaymentTestIds } from './test-ids';

export type PaymentsFilterValues = { from: string; to: string; method: string; status: string; source: string };

/** The values each filter offers (the page passes the report's own lists). */
export type PaymentsFilterChoices = { methods: readonly string[]; statuses: readonly string[]; sources: readonly string[] };

const label = (value: string) => value.replaceAll('_', ' ');
const optionsOf = (values: readonly string[]) => values.map((value) => ({ value, label: label(value) }));

/**
 * The report's filters as a plain GET form: the URL is the report (bookmarkable, and the CSV
 * link carries the same query). Dates are the shop's calendar days, both inclusive.
 */
export function PaymentsFilterForm({ values, choices, timeZone }: { values: PaymentsFilterValues; choices: PaymentsFilterChoices; timeZone: string }) {
  return (
    <form method="get" className="row" style={{ alignItems: 'flex-end' }} data-testid={merchantPaymentTestIds.paymentsFilterForm}>
      <DayRangeFields from={values.from} to={values.to} timeZone={timeZone} />
      <FilterSelect name="method" title="Method" options={optionsOf(choices.methods)} value={values.method} />
      {/* No status in the query means paid: "any" must be said. */}
      <FilterSelect name="status" title="Status" options={optionsOf(choices.statuses)} value={values.status || 'paid'} anyValue="any" />
      <FilterSelect name="source" title="Source" options={optionsOf(choices.sources)} value={values.source} />
      <button type="submit">Show</button>
    </form>
  );
}
