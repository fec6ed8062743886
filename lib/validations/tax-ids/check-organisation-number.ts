import { err, ok, type Result } from '@/lib/billing/result';
import { isBelgianEnterpriseNumber, isDutchKvkNumber, isNorwegianOrgNumber } from './registry-numbers';

const RULES: Readonly<Record<string, { test: (digits: string) => boolean; message: string }>> = {
  NO: {
    test: isNorwegianOrgNumber,
    message: 'A Norwegian organisation number has 9 digits with a valid check digit (as in Brønnøysundregistrene).',
  },
  NL: { test: isDutchKvkNumber, message: 'A KvK number has 8 digits.' },
  BE: {
    test: isBelgianEnterpriseNumber,
    message: 'A Belgian enterprise number has 10 digits starting with 0 or 1, the last two a check (mod 97).',
  },
};

/**
 * A company's registration number in its country's business register. Norway, the Netherlands
 * and Belgium are checked (digits and check digits); elsewhere any number up to 35 characters.
 */
export function checkOrganisationNumber(raw: string, country: string): Result<string, string> {
  const compact = raw.toUpperCase().replace(/[\s.\-]/g, '');
  if (compact === '') return err('Enter the organisation number.');
  const rule = RULES[country];
  if (rule) return rule.test(compact) ? ok(compact) : err(rule.message);
  return compact.length <= 35 ? ok(compact) : err('An organisation number has at most 35 characters.');
}
