/** The form's words in the staff member's language (`dashboard.overview`). */
export type MetricsRangeTexts = { label: string; from: string; to: string; show: string };

/** The period of the metrics: first and last month, sent as a plain GET (the page validates it). */
export function MetricsRangeForm({ from, to, notice, texts }: { from: string; to: string; notice: string | null; texts: MetricsRangeTexts }) {
  return (
    <form method="get" action="/dashboard" className="row" aria-label={texts.label}>
      <label>
        {texts.from} <input type="month" name="from" defaultValue={from} required />
      </label>
      <label>
        {texts.to} <input type="month" name="to" defaultValue={to} required />
      </label>
      <button type="submit">{texts.show}</button>
      {notice ? (
        <p className="alert info" role="status" style={{ margin: 0, flexBasis: '100%' }}>
          {notice}
        </p>
      ) : null}
    </form>
  );
}
