// Legal forms and name particles say nothing about who paid: "Jan de Vries" and "Piet de Vries"
// share "de", "Trendhouse BV" and "Acme BV" share "bv".
const IGNORED = new Set([
  'bv', 'nv', 'vof', 'bvba', 'gmbh', 'ag', 'kg', 'ug', 'ltd', 'llc', 'plc', 'inc', 'as', 'asa', 'ab', 'oy', 'sa', 'sarl',
  'de', 'den', 'der', 'van', 'von', 'vom', 'zu', 'la', 'le', 'da', 'di', 'del', 'dos', 'das', 'du', 'mr', 'mrs', 'ms',
]);

/** A name as comparable words: no accents, no case, no dots or apostrophes ("O'Brien" = "obrien"). */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '' && !IGNORED.has(token));
}

function tokenMatches(short: string, long: string): boolean {
  // An initial ("J. de Vries") stands for any word that starts with it.
  return short === long || (short.length === 1 && long.startsWith(short)) || (long.length === 1 && short.startsWith(long));
}

/**
 * Whether the name a bank gives for a payer could be this customer: every word of the shorter
 * name appears in the longer one (initials count for the word they start), in any order ("VRIES
 * J", "Jan de Vries"), and at least one full word of three letters or more is shared.
 *
 * NOTE: only ever used next to an equal amount, to suggest an invoice a person confirms; a bare
 * surname shared by two people is acceptable there, never to book money on its own.
 */
export function namesSimilar(payer: string | null, customer: string | null): boolean {
  if (!payer || !customer) return false;
  const a = nameTokens(payer);
  const b = nameTokens(customer);
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const remaining = [...long];
  let fullWord = false;
  for (const token of short) {
    const exact = remaining.indexOf(token);
    const at = exact >= 0 ? exact : remaining.findIndex((candidate) => tokenMatches(token, candidate));
    if (at < 0) return false;
    if (token.length >= 3 && remaining[at] === token) fullWord = true;
    remaining.splice(at, 1);
  }
  return fullWord;
}
