import { isValidKid } from './kid';
import { parseRf } from './rf-creditor-reference';

const RF_START = /^RF\d{2}/i;
const KID_LABEL = /^KID$/i;
const KID_LABEL_FILLER = /^(NR|NO|NUMMER)$/i;
const DIGITS = /^\d+$/;
const MAX_RF_LENGTH = 25;
const MAX_KID_LENGTH = 25;

/**
 * An RF reference printed in groups of four continues over the following tokens as long as the
 * previous group was a full four characters ("RF18 5390 0754 7034"); after a separate "RF18" the
 * base may also follow in one piece ("RF18 539007547034"). Every prefix that passes the check is
 * a candidate; the longest wins, since a full reference is what the payer most likely copied.
 *
 * NOTE: one random extension in 97 passes MOD 97 by chance ("RF18 5390 0754 7034 ABC" could),
 * so matching an invoice on the result still has to check amount and currency.
 */
function rfStartingAt(tokens: string[], start: number): string | null {
  let candidate = tokens[start];
  let found = parseRf(candidate);
  let best = found.ok ? found.reference : null;
  for (let i = start + 1; i < tokens.length && tokens[i - 1].length === 4; i++) {
    if (i > start + 1 && tokens[i].length > 4) break;
    candidate += tokens[i];
    if (candidate.length > MAX_RF_LENGTH) break;
    found = parseRf(candidate);
    if (found.ok) best = found.reference;
  }
  return best;
}

/** The digits after a "KID" label, also when printed in groups ("KID: 0000 0042 6"). */
function kidAfterLabel(tokens: string[], label: number): string | null {
  let i = label + 1;
  if (i < tokens.length && KID_LABEL_FILLER.test(tokens[i])) i++;
  let digits = '';
  let best: string | null = null;
  for (; i < tokens.length && DIGITS.test(tokens[i]); i++) {
    digits += tokens[i];
    if (digits.length > MAX_KID_LENGTH) break;
    if (isValidKid(digits)) best = digits;
  }
  return best;
}

/**
 * Pulls a structured payment reference out of free remittance text ("Payment RF18 5390 0754
 * 7034 thanks", "KID: 000000426") so a bank line whose payer typed the reference into the
 * message field still matches. Returns the reference in its electronic form, or null.
 *
 * A KID is taken only after a "KID" label or when the text is nothing but the number: a bare run
 * of digits inside a sentence (a date, an amount, an invoice number) passes one of the two KID
 * checks about one time in five, which is far too often to guess.
 */
export function normalizeReference(text: string): string | null {
  const tokens = text.split(/[^A-Za-z0-9]+/).filter((token) => token !== '');

  for (let i = 0; i < tokens.length; i++) {
    if (!RF_START.test(tokens[i])) continue;
    const rf = rfStartingAt(tokens, i);
    if (rf) return rf;
  }

  for (let i = 0; i < tokens.length; i++) {
    if (!KID_LABEL.test(tokens[i])) continue;
    const kid = kidAfterLabel(tokens, i);
    if (kid) return kid;
  }

  const whole = text.replace(/\s+/g, '');
  return DIGITS.test(whole) && isValidKid(whole) ? whole : null;
}
