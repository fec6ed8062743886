export type KidAlgorithm = 'mod10' | 'mod11';

/**
 * `mod11-no-check-digit`: the weighted sum leaves remainder 1, whose check "digit" would be 10.
 * Nets lets an agreement print "-" there, but many online banks refuse a KID that is not all
 * digits, so we never issue one: the caller picks another base (the next number, another
 * padding) or uses mod10, which always has a digit.
 */
export type KidResult = { ok: true; kid: string } | { ok: false; reason: 'mod11-no-check-digit' };

const BASE = /^\d{1,24}$/;
const KID = /^\d{2,25}$/;

/** Luhn: double every second digit from the right, starting with the rightmost base digit. */
function mod10CheckDigit(base: string): string {
  let sum = 0;
  for (let i = 0; i < base.length; i++) {
    const digit = Number(base[base.length - 1 - i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Weights 2, 3, 4, 5, 6, 7, 2, 3, … from the right; null when the check would be 10 ("-"). */
function mod11CheckDigit(base: string): string | null {
  let sum = 0;
  for (let i = 0; i < base.length; i++) {
    sum += Number(base[base.length - 1 - i]) * (2 + (i % 6));
  }
  const remainder = sum % 11;
  if (remainder === 0) return '0';
  if (remainder === 1) return null;
  return String(11 - remainder);
}

/**
 * A Norwegian KID: `base` (1–24 digits) followed by its check digit, 2–25 digits in all.
 * Throws on a bad base: bases are our own numbers, so a bad one is a bug.
 */
export function kidFor(base: string, algorithm: KidAlgorithm): KidResult {
  if (!BASE.test(base)) throw new RangeError(`A KID base is 1 to 24 digits, got "${base}"`);
  const check = algorithm === 'mod10' ? mod10CheckDigit(base) : mod11CheckDigit(base);
  if (check === null) return { ok: false, reason: 'mod11-no-check-digit' };
  return { ok: true, kid: base + check };
}

/**
 * Whether `kid` is 2–25 digits with a valid check digit, under `algorithm` or, when it is not
 * given, under either one (an incoming KID does not say which scheme its payee chose).
 * KIDs ending in "-" are not accepted; see KidResult.
 */
export function isValidKid(kid: string, algorithm?: KidAlgorithm): boolean {
  if (!KID.test(kid)) return false;
  const base = kid.slice(0, -1);
  const check = kid.slice(-1);
  const algorithms: KidAlgorithm[] = algorithm ? [algorithm] : ['mod10', 'mod11'];
  return algorithms.some((each) => (each === 'mod10' ? mod10CheckDigit(base) : mod11CheckDigit(base)) === check);
}
