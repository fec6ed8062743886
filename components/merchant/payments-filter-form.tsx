import { DayRangeFields, FilterSelect } from '@/components/ui/filter-fields';
import { merchantPaymentTestIds } from './test-ids';

export type PaymentsFilterValues = { from: string; to: string; method: string; status: string; source: string };

/** The values each filter offers (the page passes the report's own lists). */
export type PaymentsFilterChoices = { methods: readonly string[]; statuses: readonly string[]; sources: readonly string[] };

/** The form's words in the staff member's language, as the page formatted them. */
export type PaymentsFilterTexts = { from: string; to: string; method: string; status: string; source: string; any: string; show: string };

const label = (value: string) => value.replaceAll('_', ' ');
const optionsOf = (values: readonly string[], labels: Record<string, string> = {}) =>
  values.map((value) => ({ value, label: labels[value] ?? label(value) }));

/**
 * The report's filters as a plain GET form: the URL is the report (bookmarkable, and the CSV
 * link carries the same query). Dates are the shop's calendar days, both inclusive.
 */
export function PaymentsFilterForm({
  values,
  choices,
  texts,
  statusLabels,
}: {
  values: PaymentsFilterValues;
  choices: PaymentsFilterChoices;
  timeZone: string;
  texts: PaymentsFilterTexts;
  /** The statuses' names (`getTableTexts`); the others are codes (card, sepa debit...). */
  statusLabels: Record<string, string>;
}) {
  return (
    <form method="get" className="row" style={{ alignItems: 'flex-end' }} data-testid={merchantPaymentTestIds.paymentsFilterForm}>
      <DayRangeFields from={values.from} to={values.to} labels={{ from: texts.from, to: texts.to }} />
      <FilterSelect name="method" title={texts.method} options={optionsOf(choices.methods)} value={values.method} anyLabel={texts.any} />
      {/* No status in the query means paid: "any" must be said. */}
      <FilterSelect
        name="status"
        title={texts.status}
        options={optionsOf(choices.statuses, statusLabels)}
        value={values.status || 'paid'}
        anyValue="any"
        anyLabel={texts.any}
      />
      <FilterSelect name="source" title={texts.source} options={optionsOf(choices.sources)} value={values.source} anyLabel={texts.any} />
      <button type="submit">{texts.show}</button>
    </form>
  );
}
