import { describe, expect, test, vi } from 'vitest';
import { checkOrganisationNumber } from './check-organisation-number';
import { checkPeppolId } from './check-peppol-id';
import { checkVatId } from './check-vat-id';
import { customerTaxIdentitySchema, peppolIdSchema, vatIdSchema } from './schemas';
import { viesVatNumberChecker } from './vies-vat-number-checker';

/** Real, published VAT ids (large companies) per country. */
const VALID_VAT_IDS = [
  ['DE136695976', 'DE'],
  ['BE0411905847', 'BE'],
  ['NL004495445B01', 'NL'],
  ['NO974760673MVA', 'NO'],
  ['SE556036079301', 'SE'],
  ['FR40303265045', 'FR'],
  ['ATU13585627', 'AT'],
  ['DK13585628', 'DK'],
  ['IT00743110157', 'IT'],
  ['ESA28015865', 'ES'],
  ['FI20774740', 'FI'],
  ['PL5260250274', 'PL'],
  ['EL094014201', 'GR'],
  ['IE6388047V', 'IE'],
  ['LU15027442', 'LU'],
  ['GB980780684', 'GB'],
  ['CHE116281710MWST', 'CH'],
] as const;

/** The same id with its first digit changed: the check digits must catch it. */
function mistype(id: string): string {
  const index = id.search(/\d/);
  return id.slice(0, index) + ((Number(id[index]) + 1) % 10) + id.slice(index + 1);
}

describe('checkVatId', () => {
  test.each(VALID_VAT_IDS)('%s is a valid VAT id from %s', (id, country) => {
    expect(checkVatId(id)).toEqual({ ok: true, value: { country, value: id } });
  });

  test.each(VALID_VAT_IDS)('%s with one digit mistyped is refused by its check digits', (id) => {
    expect(checkVatId(mistype(id))).toMatchObject({ ok: false, error: { code: 'check-digits' } });
  });

  test('normalises what people type; Norwegian ids get their MVA suffix', () => {
    expect(checkVatId(' nl 0044.95.445 b01 ')).toMatchObject({ ok: true, value: { value: 'NL004495445B01' } });
    expect(checkVatId('NO 974 760 673')).toMatchObject({ ok: true, value: { value: 'NO974760673MVA' } });
  });

  test('accepts Belgian numbers of the 1-series, which jsvat alone rejects', () => {
    expect(checkVatId('BE1000000021')).toMatchObject({ ok: true });
    expect(checkVatId('BE1000000022')).toMatchObject({ ok: false, error: { code: 'check-digits' } });
  });

  test.each([
    ['', 'empty', 'Enter the VAT id.'],
    ['US123456789', 'unknown-prefix', 'A VAT id starts with its country code (e.g. NL, DE, NO); "US" is not one we know.'],
    ['DE12345', 'format', 'A VAT id from Germany is DE followed by 9 digits.'],
    ['NL004495445', 'format', 'A VAT id from Netherlands is NL followed by 9 digits, the letter B and 2 digits.'],
    ['GR094014201', 'unknown-prefix', 'A VAT id starts with its country code (e.g. NL, DE, NO); "GR" is not one we know.'],
  ])('"%s" is refused (%s) with a message a person can act on', (id, code, message) => {
    expect(checkVatId(id)).toEqual({ ok: false, error: { code, message } });
  });

  test('an id from another country than the one expected is refused', () => {
    expect(checkVatId('DE136695976', 'NL')).toEqual({
      ok: false,
      error: { code: 'wrong-country', message: 'This is a VAT id from Germany; one from Netherlands starts with NL.' },
    });
  });
});

describe('organisation numbers and Peppol ids', () => {
  test.each([
    ['974760673', 'NO', true],
    ['974760674', 'NO', false],
    ['97476067', 'NO', false],
    ['12345678', 'NL', true],
    ['1234567', 'NL', false],
    ['0411.905.847', 'BE', true],
    ['0411905848', 'BE', false],
    ['HRB 12345', 'DE', true],
  ])('%s in %s: %s', (value, country, valid) => {
    expect(checkOrganisationNumber(value, country).ok).toBe(valid);
  });

  test.each([
    [{ scheme: '0192', value: '974760673' }, true],
    [{ scheme: '0192', value: '974 760 673' }, true],
    [{ scheme: '0106', value: '12345678' }, true],
    [{ scheme: '0208', value: '0411905847' }, true],
    [{ scheme: '9930', value: 'DE136695976' }, true],
    [{ scheme: '9925', value: 'BE0411905847' }, true],
    [{ scheme: '0007', value: '5560360793' }, true],
    [{ scheme: '0088', value: '7300010000001' }, true],
    [{ scheme: '0088', value: '7300010000002' }, false],
    [{ scheme: '0007', value: '5560360794' }, false],
    [{ scheme: '0192', value: '974760674' }, false],
    [{ scheme: '0106', value: '1234567' }, false],
    [{ scheme: '9930', value: 'DE136695977' }, false],
  ])('%o valid: %s', (id, valid) => {
    expect(checkPeppolId(id).ok).toBe(valid);
  });

  test('an unknown scheme is refused on the scheme field, a bad value on the value field', () => {
    expect(checkPeppolId({ scheme: '1234', value: 'x' })).toMatchObject({ ok: false, error: { field: 'scheme' } });
    expect(checkPeppolId({ scheme: '0192', value: '974760674' })).toEqual({
      ok: false,
      error: { field: 'value', message: 'A Norwegian organisation number has 9 digits; the check digit does not match, so a digit is mistyped.' },
    });
  });
});

describe('zod schemas refuse on the field', () => {
  test('vatIdSchema normalises or explains', () => {
    expect(vatIdSchema.parse('de 136 695 976')).toEqual({ country: 'DE', value: 'DE136695976' });
    const failed = vatIdSchema.safeParse('DE136695977');
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0].message).toMatch(/check digits/);
  });

  test('peppolIdSchema puts the message on the wrong field', () => {
    const failed = peppolIdSchema.safeParse({ scheme: '0192', value: '123' });
    expect(failed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['value', 'A Norwegian organisation number has 9 digits'],
    ]);
  });

  test('a business with a bad VAT id and a bad Peppol scheme gets one message on each field', () => {
    const failed = customerTaxIdentitySchema.safeParse({
      kind: 'business',
      country: 'NO',
      companyName: '',
      vatId: 'NO974760674MVA',
      organisationNumber: '974760673',
      peppolScheme: '9999',
      peppolValue: '974760673',
    });
    expect(failed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['companyName', 'vatId', 'peppolScheme']);
  });

  test('a valid business identity comes out normalised; a consumer drops company fields', () => {
    const business = customerTaxIdentitySchema.parse({
      kind: 'business',
      country: 'no',
      companyName: 'Fjord Media AS',
      vatId: 'NO 974 760 673',
      organisationNumber: '974 760 673',
      peppolScheme: '0192',
      peppolValue: '974760673',
    });
    expect(business).toEqual({
      kind: 'business',
      country: 'NO',
      companyName: 'Fjord Media AS',
      vatId: { country: 'NO', value: 'NO974760673MVA' },
      organisationNumber: '974760673',
      peppolId: { scheme: '0192', value: '974760673' },
    });
    const consumer = customerTaxIdentitySchema.parse({ kind: 'consumer', country: 'DE', vatId: 'garbage' });
    expect(consumer.vatId).toBeNull();
  });
});

describe('VatNumberChecker', () => {
  test('the VIES adapter is off by default and then never calls the network', async () => {
    const fetch = vi.fn();
    const checker = viesVatNumberChecker({ enabled: false, fetch });
    expect(await checker.check('DE136695976')).toMatchObject({ status: 'valid', source: 'offline' });
    expect(fetch).not.toHaveBeenCalled();
  });

  test('when on, it asks VIES only about well-formed EU ids and maps its answers', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => Response.json({ valid: true, name: 'EXAMPLE GMBH' }));
    const checker = viesVatNumberChecker({ enabled: true, fetch });
    expect(await checker.check('DE136695976')).toMatchObject({ status: 'valid', source: 'vies', name: 'EXAMPLE GMBH' });
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toEqual({ countryCode: 'DE', vatNumber: '136695976' });
    expect(await checker.check('DE136695977')).toMatchObject({ status: 'invalid', source: 'offline' });
    expect(await checker.check('NO974760673MVA')).toMatchObject({ status: 'valid', source: 'offline' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('an unreachable VIES is "unavailable", not "invalid"', async () => {
    const checker = viesVatNumberChecker({ enabled: true, fetch: async () => Promise.reject(new Error('timeout')) });
    expect(await checker.check('EL094014201')).toEqual({ status: 'unavailable', reason: 'VIES could not be reached: timeout' });
  });
});
