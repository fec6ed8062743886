/** The log action of a dunning step; a reopened invoice's later rounds are logged apart. */
export function dunningAction(round: number, position: number): string {
  return round > 0 ? `dunning:${round}.${position}` : `dunning:${position}`;
}

/** The date a round of dunning counts from: the due date, or the reopening of the invoice. */
export function dunningBase(invoice: { dueAt: Date | null; dunningFrom: Date | null }): Date {
  return invoice.dunningFrom ?? invoice.dueAt!;
}
