import { err, ok, type Result } from '@/lib/billing/result';
import { CHECKED_SCHEMES, PEPPOL_EAS_CODES } from './peppol-schemes';

/** A Peppol participant identifier: an EAS scheme code and the value in that scheme. */
export type PeppolId = { scheme: string; value: string };

export type PeppolIdError = { field: 'scheme' | 'value'; message: string };

/**
 * Checks a participant id as typed: the scheme must be on the Peppol EAS list, and for the
 * schemes we know (0192, 0106, 0208, 9930, 0007, 0088, 9925, ...) the value must pass that
 * scheme's format and check digits. Returns the normalised id (no spaces; upper case).
 */
export function checkPeppolId(input: PeppolId): Result<PeppolId, PeppolIdError> {
  const scheme = input.scheme.trim();
  const value = input.value.toUpperCase().replace(/\s/g, '');
  if (!PEPPOL_EAS_CODES.has(scheme)) {
    return err({ field: 'scheme', message: `"${scheme}" is not a Peppol identifier scheme (e.g. 0192 for a Norwegian organisation number).` });
  }
  if (value === '') return err({ field: 'value', message: 'Enter the identifier.' });
  if (value.length > 50 || !/^[A-Z0-9.\-_:+]+$/.test(value)) {
    return err({ field: 'value', message: 'An identifier has at most 50 letters, digits and . - _ : + signs.' });
  }
  const known = CHECKED_SCHEMES[scheme];
  const problem = known?.check(value.replace(/[.\-]/g, '')) ?? null;
  if (problem) return err({ field: 'value', message: problem });
  return ok({ scheme, value: known ? value.replace(/[.\-]/g, '') : value });
}

/** The scheme's name for labels ("Norwegian organisation number"), or null for unchecked schemes. */
export function peppolSchemeName(scheme: string): string | null {
  return CHECKED_SCHEMES[scheme]?.name ?? null;
}
