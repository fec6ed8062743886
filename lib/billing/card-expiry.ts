/** How many days before a card stops working its holder is told. */
export const CARD_EXPIRY_NOTICE_DAYS = 30;

/** The first moment a card no longer works: it is valid through the last day of its expiry month (UTC). */
export function cardExpiresAt(expiryYear: number, expiryMonth: number): Date {
  return new Date(Date.UTC(expiryYear, expiryMonth, 1));
}

/** Whether a card's expiry notice is due at `now`: within the notice window and not expired yet. */
export function cardExpiryNoticeDue(expiryYear: number, expiryMonth: number, now: Date): boolean {
  const expiresAt = cardExpiresAt(expiryYear, expiryMonth).getTime();
  return now.getTime() < expiresAt && expiresAt - now.getTime() <= CARD_EXPIRY_NOTICE_DAYS * 86_400_000;
}
