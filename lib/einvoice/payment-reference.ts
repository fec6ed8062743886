/**
 * Payment references: the Norwegian KID (customer-identification number, mod 10 or mod 11 check
 * digit, as the bank agreement says) and the international RF creditor reference (ISO 11649).
 */

function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Mod 11 with weights 2..7 repeating from the right; null where the check would be 10 (unusable base). */
function mod11CheckDigit(digits: string): number | null {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) sum += Number(digits[digits.length - 1 - index]) * ((index % 6) + 2);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : check;
}

/** A KID from a numeric base (customer or invoice number): the base plus its check digit. */
export function makeKid(base: string, algorithm: 'mod10' | 'mod11' = 'mod10'): string {
  if (!/^\d{1,24}$/.test(base)) throw new RangeError(`A KID base is 1 to 24 digits, got "${base}"`);
  const check = algorithm === 'mod10' ? luhnCheckDigit(base) : mod11CheckDigit(base);
  if (check === null) throw new RangeError(`Base ${base} has no mod 11 check digit; use the next number`);
  return base + check;
}

export function isValidKid(kid: string): boolean {
  if (!/^\d{2,25}$/.test(kid)) return false;
  const base = kid.slice(0, -1);
  const last = Number(kid.slice(-1));
  return luhnCheckDigit(base) === last || mod11CheckDigit(base) === last;
}

/** ISO 7064 mod 97-10 of an alphanumeric string (letters A=10 .. Z=35). */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** An RF creditor reference for a base of up to 21 letters or digits: "RF" + 2 check digits + base. */
export function makeRfReference(base: string): string {
  const clean = base.toUpperCase().replace(/\s/g, '');
  if (!/^[A-Z0-9]{1,21}$/.test(clean)) throw new RangeError(`An RF reference base is 1 to 21 letters or digits, got "${base}"`);
  const check = 98 - mod97(`${clean}RF00`);
  return `RF${String(check).padStart(2, '0')}${clean}`;
}

export function isValidRfReference(reference: string): boolean {
  const clean = reference.toUpperCase().replace(/\s/g, '');
  return /^RF\d{2}[A-Z0-9]{1,21}$/.test(clean) && mod97(clean.slice(4) + clean.slice(0, 4)) === 1;
}
