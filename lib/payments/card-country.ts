/**
 * A card country as a provider states it, as we keep it: two letters, upper case; null for
 * anything else (a provider's empty string, a missing field, a method without a card).
 */
export function cardCountryOf(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : null;
}
