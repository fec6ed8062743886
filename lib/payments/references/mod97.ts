/**
 * ISO 7064 MOD 97-10 remainder of an alphanumeric string, the check behind RF creditor
 * references (ISO 11649) and IBANs (ISO 13616): each letter counts as two digits, A = 10 … Z = 35.
 *
 * NOTE: the number is reduced one character at a time instead of being built in full; a
 * 25-character reference becomes up to 50 digits, far past what a float holds exactly.
 */
export function alphanumericMod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = Number.parseInt(char, 36);
    if (Number.isNaN(value)) throw new RangeError(`"${char}" is not a letter or digit`);
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder;
}
