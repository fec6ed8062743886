/** The period of the metrics: first and last month, sent as a plain GET (the page validates it). */
export function MetricsRangeForm({ from, to, notice }: { from: string; to: string; notice: string | null }) {
  return (
    <form method="get" action="/dashboard" className="row" aria-label="Period">
      <label>
        From <input type="month" name="from" defaultValue={from} required />
      </label>
      <label>
        to <input type="month" name="to" defaultValue={to} required />
      </label>
      <button type="submit">Show</button>
      {notice ? (
        <p className="alert info" role="status" style={{ margin: 0, flexBasis: '100%' }}>
          {notice}
        </p>
      ) : null}
    </form>
  );
}
