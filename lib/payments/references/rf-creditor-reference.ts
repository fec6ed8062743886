import { alphanumericMod97 } from './mod97';

export type RfParseResult = { ok: true; reference: string } | { ok: false; reason: string };

const BASE = /^[A-Z0-9]{1,21}$/;
const ELECTRONIC = /^RF(\d{2})([A-Z0-9]{1,21})$/;

/** The electronic form: no whitespace, upper case. Payers type "rf18 5390 …" as often as not. */
function compact(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/**
 * The ISO 11649 RF creditor reference for `base` (1–21 letters or digits): "RF", two check
 * digits, then the base. Throws on a bad base: bases are our own invoice numbers, so a bad one
 * is a bug, not input to report.
 */
export function rfReferenceFor(base: string): string {
  const normalized = compact(base);
  if (!BASE.test(normalized)) {
    throw new RangeError(`An RF reference base is 1 to 21 letters or digits, got "${base}"`);
  }
  const check = 98 - alphanumericMod97(`${normalized}RF00`);
  return `RF${String(check).padStart(2, '0')}${normalized}`;
}

/** The print form: groups of four, the last one possibly shorter ("RF18 5390 0754 7034"). */
export function formatRf(reference: string): string {
  return compact(reference).replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Reads an RF reference as a payer or a bank passes it on (spaces, lower case) and checks its
 * digits. The accepted reference comes back in the electronic form.
 */
export function parseRf(input: string): RfParseResult {
  const reference = compact(input);
  if (!reference.startsWith('RF')) return { ok: false, reason: 'An RF reference starts with "RF".' };
  const match = ELECTRONIC.exec(reference);
  if (!match) {
    return { ok: false, reason: 'An RF reference is "RF", two check digits and 1 to 21 letters or digits.' };
  }
  const [, check, base] = match;
  // NOTE: 00, 01 and 99 can satisfy the remainder test but are never issued (98 − remainder is
  // always 02..98), so a reference carrying them was not made by the standard algorithm.
  if (check === '00' || check === '01' || check === '99') {
    return { ok: false, reason: `RF check digits are 02 to 98, got ${check}.` };
  }
  if (alphanumericMod97(`${base}RF${check}`) !== 1) {
    return { ok: false, reason: 'The RF check digits do not match the reference.' };
  }
  return { ok: true, reference };
}
