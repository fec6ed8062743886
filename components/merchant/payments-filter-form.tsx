import { merchantPaymentTestIds } from './test-ids';

export type PaymentsFilterValues = { from: string; to: string; method: string; status: string; source: string };

/** The values each filter offers (the page passes the report's own lists). */
export type PaymentsFilterChoices = { methods: readonly string[]; statuses: readonly string[]; sources: readonly string[] };

const label = (value: string) => value.replaceAll('_', ' ');

function Choice({ name, title, values, value, anyValue = '' }: { name: string; title: string; values: readonly string[]; value: string; anyValue?: string }) {
  return (
    <label>
      {title}
      <select name={name} defaultValue={value}>
        <option value={anyValue}>Any</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The report's filters as a plain GET form: the URL is the report (bookmarkable, and the CSV
 * link carries the same query). Dates are the shop's calendar days, both inclusive.
 */
export function PaymentsFilterForm({ values, choices, timeZone }: { values: PaymentsFilterValues; choices: PaymentsFilterChoices; timeZone: string }) {
  return (
    <form method="get" className="row" style={{ alignItems: 'flex-end' }} data-testid={merchantPaymentTestIds.paymentsFilterForm}>
      <label>
        From ({timeZone})
        <input type="date" name="from" defaultValue={values.from} />
      </label>
      <label>
        To (inclusive)
        <input type="date" name="to" defaultValue={values.to} />
      </label>
      <Choice name="method" title="Method" values={choices.methods} value={values.method} />
      {/* No status in the query means paid: "any" must be said. */}
      <Choice name="status" title="Status" values={choices.statuses} value={values.status || 'paid'} anyValue="any" />
      <Choice name="source" title="Source" values={choices.sources} value={values.source} />
      <button type="submit">Show</button>
    </form>
  );
}
