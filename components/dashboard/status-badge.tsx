/** A status as a coloured pill; the status itself is the CSS class (globals.css `.badge.<status>`). */
export function StatusBadge({ status, testId }: { status: string; testId?: string }) {
  return (
    <span className={`badge ${status}`} data-testid={testId}>
      {status.replaceAll('_', ' ')}
    </span>
  );
}
