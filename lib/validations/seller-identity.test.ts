import { describe, expect, test } from 'vitest';
import { manageLocalizer } from '@/lib/i18n/manage-messages';
import { sellerIdentitySchema } from './seller-identity';

const norwegian = {
  legalName: 'Trendhouse Media',
  legalForm: 'AS',
  addressLine1: 'Storgata 1',
  postalCode: '0155',
  city: 'Oslo',
  country: 'no',
  vatId: 'no 923 609 016 mva',
  organisationNumber: '923 609 016',
  peppolScheme: '0192',
  peppolValue: '923609016',
  contactEmail: 'faktura@trendhouse.example',
  iban: 'no93 8601 1117 947',
  bic: 'dnbanokk',
  domesticAccount: '8601.11.17947',
};

const errorsOf = (input: Record<string, string>) => {
  const result = sellerIdentitySchema.safeParse(input);
  // The messages are codes; their English text is what a staff member reads by default.
  const english = manageLocalizer('en');
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), english.issue(issue)]));
};

describe('the seller identity form', () => {
  test('a Norwegian company is normalised as documents print it', () => {
    expect(sellerIdentitySchema.parse(norwegian)).toEqual({
      legalName: 'Trendhouse Media',
      legalForm: 'AS',
      addressLine1: 'Storgata 1',
      addressLine2: null,
      postalCode: '0155',
      city: 'Oslo',
      country: 'NO',
      vatId: 'NO923609016MVA',
      organisationNumber: '923609016',
      peppolScheme: '0192',
      peppolValue: '923609016',
      contactEmail: 'faktura@trendhouse.example',
      contactPhone: null,
      iban: 'NO9386011117947',
      bic: 'DNBANOKK',
      domesticAccount: '86011117947',
      sepaCreditorId: null,
    });
  });

  test('each wrong identifier is refused on its own field, with what to fix', () => {
    expect(errorsOf({ ...norwegian, vatId: 'NO923609017MVA', iban: 'NO9386011117948', bic: 'DNB', domesticAccount: '86011117948' })).toEqual({
      vatId: expect.stringMatching(/check digit|not valid/i),
      iban: expect.stringContaining('not a valid IBAN'),
      bic: expect.stringContaining('8 or 11'),
      domesticAccount: expect.stringContaining('11 digits'),
    });
    expect(errorsOf({ ...norwegian, vatId: 'NL004495445B01' })).toEqual({ vatId: expect.stringContaining('not from the shop') });
    expect(errorsOf({ ...norwegian, organisationNumber: '' })).toEqual({ organisationNumber: expect.stringContaining('must show it') });
    expect(errorsOf({ ...norwegian, legalName: ' ', contactEmail: 'nope' })).toEqual({
      legalName: expect.stringContaining('legal name'),
      contactEmail: expect.stringContaining('e-mail'),
    });
  });

  test('a German shop needs no register number, and may not give a Norwegian account number', () => {
    const german = { ...norwegian, country: 'DE', vatId: '', organisationNumber: '', peppolScheme: '', peppolValue: '', iban: 'DE89 3704 0044 0532 0130 00', bic: '' };
    expect(errorsOf(german)).toEqual({ domesticAccount: expect.stringContaining('only for Norway') });
    expect(sellerIdentitySchema.parse({ ...german, domesticAccount: '' })).toMatchObject({ country: 'DE', iban: 'DE89370400440532013000', vatId: null, organisationNumber: null });
  });

  test('a shop that collects SEPA direct debits gives its creditor identifier: normalised, or refused on its field', () => {
    const dutch = { ...norwegian, country: 'NL', vatId: '', organisationNumber: '12345678', peppolScheme: '', peppolValue: '', iban: '', bic: '', domesticAccount: '' };
    expect(sellerIdentitySchema.parse({ ...dutch, sepaCreditorId: 'nl08 zzz 5020 5773 0000' })).toMatchObject({ sepaCreditorId: 'NL08ZZZ502057730000' });
    expect(errorsOf({ ...dutch, sepaCreditorId: 'NL09ZZZ502057730000' })).toEqual({ sepaCreditorId: expect.stringContaining('check digits') });
    expect(sellerIdentitySchema.parse({ ...dutch, sepaCreditorId: '' })).toMatchObject({ sepaCreditorId: null });
  });
});
