/** A status as a coloured pill; the status itself is the CSS class (globals.css `.badge.<status>`); `label`: its words for a customer. */
export function StatusBadge({ status, testId, label }: { status: string; testId?: string; label?: string }) {
  return (
    <span className={`badge ${status}`} data-testid={testId}>
      {label ?? status.replaceAll('_', ' ')}
    </span>
  );
}
