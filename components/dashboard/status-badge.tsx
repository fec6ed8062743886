/** A status as a coloured pill; the status itself is the CSS class (globals.css `.badge.<status>`). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge ${status}`}>{status.replaceAll('_', ' ')}</span>;
}
