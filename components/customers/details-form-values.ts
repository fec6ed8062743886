/** A stored customer's details as the details form's starting text (a ticked checkbox is "on"). */
export function detailsFormValues(details: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [key, typeof value === 'boolean' ? (value ? 'on' : '') : value == null ? '' : String(value)]),
  );
}
