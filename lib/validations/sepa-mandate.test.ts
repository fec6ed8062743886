import { describe, expect, test } from 'vitest';
import { sepaMandateSchema } from './sepa-mandate';

const schema = sepaMandateSchema({
  order: 'order?',
  holder: 'holder?',
  consent: 'consent?',
  iban: { format: 'format?', not_sepa: 'not sepa?', length: 'length?', checksum: 'checksum?' },
});
const ORDER = '0b5d2f3e-6a41-4c7e-9d0a-3f2b1c4d5e6f';
const form = { orderId: ORDER, accountHolder: '  Sanne Jansen ', iban: 'nl91 abna 0417 1643 00', consent: 'yes' };

describe('the SEPA mandate form', () => {
  test('a holder, an IBAN as typed and the consent: parsed, the IBAN compact', () => {
    expect(schema.parse(form)).toEqual({ orderId: ORDER, accountHolder: 'Sanne Jansen', iban: 'NL91ABNA0417164300', consent: 'yes' });
  });

  test.each([
    [{ iban: 'NL91ABNA0417164301' }, 'iban', 'checksum?'],
    [{ iban: 'BR1500000000000010932840814P2' }, 'iban', 'not sepa?'],
    [{ iban: 'NL91ABNA04171643' }, 'iban', 'length?'],
    [{ iban: 'not an iban' }, 'iban', 'format?'],
    [{ accountHolder: ' ' }, 'accountHolder', 'holder?'],
    [{ consent: undefined }, 'consent', 'consent?'],
    [{ orderId: 'x' }, 'orderId', 'order?'],
  ])('%o is refused on %s with the page’s message', (change, field, message) => {
    const result = schema.safeParse({ ...form, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path[0], i.message])).toEqual([[field, message]]);
  });
});
