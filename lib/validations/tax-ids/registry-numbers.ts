/**
 * National business-register numbers with their own check rules, shared by the VAT id and
 * Peppol participant id checks. Each takes the bare digits.
 */

/** Norwegian organisation number (Enhetsregisteret): 9 digits, mod 11 with weights 3 2 7 6 5 4 3 2. */
export function isNorwegianOrgNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const check = (11 - (sum % 11)) % 11;
  // A remainder giving check digit 10 is never issued.
  return check !== 10 && check === Number(digits[8]);
}

/**
 * Belgian enterprise number (KBO/BCE): 10 digits starting with 0 or 1 (the 1-series is issued
 * since the 0-series ran out), the last two being 97 - (first eight mod 97).
 */
export function isBelgianEnterpriseNumber(digits: string): boolean {
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** Dutch Chamber of Commerce (KvK) number: 8 digits, no check digit. */
export function isDutchKvkNumber(digits: string): boolean {
  return /^\d{8}$/.test(digits);
}

/** Swedish organisation number: 10 digits, Luhn check digit. */
export function isSwedishOrgNumber(digits: string): boolean {
  return /^\d{10}$/.test(digits) && luhnValid(digits);
}

/** GS1 Global Location Number: 13 digits, GS1 mod 10 (weights 3 and 1 from the right). */
export function isGln(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += Number(digits[11 - index]) * (index % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
