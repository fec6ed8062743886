import { describe, expect, test } from 'vitest';
import { parseSepaIban } from './parse-iban';

describe('parseSepaIban', () => {
  test.each([
    ['NL91ABNA0417164300', 'NL91ABNA0417164300', 'NL'],
    ['nl91 abna 0417 1643 00', 'NL91ABNA0417164300', 'NL'],
    ['IBAN DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'DE'],
    ['BE68 5390 0754 7034', 'BE68539007547034', 'BE'],
    ['NO93 8601 1117 947', 'NO9386011117947', 'NO'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR1420041010050500013M02606', 'FR'],
    ['GB29 NWBK 6016 1331 9268 19', 'GB29NWBK60161331926819', 'GB'],
    ['CH93 0076 2011 6238 5295 7', 'CH9300762011623852957', 'CH'],
    ['MT84 MALT 0110 0001 2345 MTLC AST0 01S', 'MT84MALT011000012345MTLCAST001S', 'MT'],
  ])('accepts %s', (input, iban, country) => {
    expect(parseSepaIban(input)).toEqual({ ok: true, iban, country });
  });

  test.each([
    ['', 'format'],
    ['1234567890', 'format'],
    ['NL91-ABNA-0417-1643-0!', 'format'],
    // A valid Brazilian IBAN: a real account, outside SEPA.
    ['BR15 0000 0000 0000 1093 2840 814P 2', 'not_sepa'],
    ['US12 3456 7890', 'not_sepa'],
    ['NL91ABNA041716430', 'length'],
    ['NL91ABNA04171643001', 'length'],
    // One digit typed wrong, and two digits swapped: the check digits catch both.
    ['NL91ABNA0417164301', 'checksum'],
    ['NL91ABNA0417163400', 'checksum'],
    ['DE88370400440532013000', 'checksum'],
  ])('refuses %s (%s)', (input, error) => {
    expect(parseSepaIban(input)).toEqual({ ok: false, error });
  });
});
