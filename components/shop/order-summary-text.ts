/** The `{order}` macro of the thank-you text: a short description of what was ordered. */
export function orderSummaryText(lines: { description: string; quantity: number; kind: string }[]): string {
  return lines
    .filter((l) => l.kind !== 'shipping')
    .map((l) => (l.quantity > 1 ? `${l.quantity} × ${l.description}` : l.description))
    .join(', ');
}
