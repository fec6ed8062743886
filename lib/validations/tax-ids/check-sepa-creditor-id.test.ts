import { describe, expect, test } from 'vitest';
import { checkSepaCreditorId } from './check-sepa-creditor-id';

describe('a SEPA creditor identifier', () => {
  // Published identifiers: Mollie's, the Bundesbank's example, a Belgian and an Austrian one.
  test.each([
    ['NL08ZZZ502057730000', 'NL08ZZZ502057730000'],
    ['DE98ZZZ09999999999', 'DE98ZZZ09999999999'],
    ['de98 zzz 09999999999', 'DE98ZZZ09999999999'],
    ['BE69ZZZ050D000000008', 'BE69ZZZ050D000000008'],
    ['AT61ZZZ01234567890', 'AT61ZZZ01234567890'],
  ])('%s is accepted as %s', (raw, compact) => {
    expect(checkSepaCreditorId(raw)).toEqual({ ok: true, value: compact });
  });

  test('the business code is not part of the check: a creditor may use its own', () => {
    expect(checkSepaCreditorId('NL08ABC502057730000')).toEqual({ ok: true, value: 'NL08ABC502057730000' });
  });

  test.each([
    ['NL09ZZZ502057730000', 'check digits'],
    ['NL08ZZZ502057730001', 'check digits'],
    ['US08ZZZ502057730000', 'not a SEPA country'],
    ['NL08ZZ', 'country code, two check digits'],
    ['NL8ZZZ502057730000', 'country code, two check digits'],
    [`NL08ZZZ${'1'.repeat(29)}`, 'country code, two check digits'],
  ])('%s is refused (%s)', (raw, message) => {
    const checked = checkSepaCreditorId(raw);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.error).toContain(message);
  });
});
