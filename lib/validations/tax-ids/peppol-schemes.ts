import { checkVatId } from './check-vat-id';
import { countryName } from './country-name';
import {
  isBelgianEnterpriseNumber,
  isDutchKvkNumber,
  isGln,
  isNorwegianOrgNumber,
  isSwedishOrgNumber,
} from './registry-numbers';

/** A value check: null when the value is fine, else what is wrong with it, for the person typing it. */
type ValueCheck = (value: string) => string | null;

const vatOf =
  (country: string): ValueCheck =>
  (value) => {
    const result = checkVatId(value, country);
    return result.ok ? null : result.error.message;
  };

const digits = (pattern: RegExp, isValid: (value: string) => boolean, shape: string): ValueCheck => (value) =>
  !pattern.test(value) ? shape : isValid(value) ? null : `${shape}; the check digit does not match, so a digit is mistyped.`;

/**
 * Peppol participant identifier schemes (EAS codes) that we check beyond the code list, with the
 * same rules the Peppol validation applies (PEPPOL-COMMON-R040..R050) or stricter.
 */
export const CHECKED_SCHEMES: Readonly<Record<string, { name: string; check: ValueCheck }>> = {
  '0192': {
    name: 'Norwegian organisation number',
    check: digits(/^\d{9}$/, isNorwegianOrgNumber, 'A Norwegian organisation number has 9 digits'),
  },
  '0106': {
    name: 'Dutch KvK number',
    check: digits(/^\d{8}$/, isDutchKvkNumber, 'A KvK number has 8 digits'),
  },
  '0190': { name: 'Dutch OIN', check: (value) => (/^\d{20}$/.test(value) ? null : 'A Dutch OIN has 20 digits') },
  '0208': {
    name: 'Belgian enterprise number',
    check: digits(/^[01]\d{9}$/, isBelgianEnterpriseNumber, 'A Belgian enterprise number has 10 digits starting with 0 or 1'),
  },
  '0007': {
    name: 'Swedish organisation number',
    check: digits(/^\d{10}$/, isSwedishOrgNumber, 'A Swedish organisation number has 10 digits'),
  },
  '0088': { name: 'GLN', check: digits(/^\d{13}$/, isGln, 'A GLN has 13 digits') },
  '0184': {
    name: 'Danish CVR number',
    check: (value) => (/^(DK)?\d{8}$/.test(value) ? null : 'A Danish CVR number has 8 digits'),
  },
  '9925': { name: `${countryName('BE')} VAT id`, check: vatOf('BE') },
  '9930': { name: `${countryName('DE')} VAT id`, check: vatOf('DE') },
  '9944': { name: `${countryName('NL')} VAT id`, check: vatOf('NL') },
  '9957': { name: `${countryName('FR')} VAT id`, check: vatOf('FR') },
  '9906': { name: `${countryName('IT')} VAT id`, check: vatOf('IT') },
  '9920': { name: `${countryName('ES')} VAT id`, check: vatOf('ES') },
  '9914': { name: `${countryName('AT')} VAT id`, check: vatOf('AT') },
};

/** Every scheme Peppol BIS 3.0 accepts for an electronic address (its EAS code list). */
export const PEPPOL_EAS_CODES: ReadonlySet<string> = new Set(
  (
    '0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0151 0177 0183 0184 0188 0190 0191 0192 ' +
    '0193 0195 0196 0198 0199 0200 0201 0202 0204 0208 0209 0210 0211 0212 0213 0215 0216 0218 0221 0230 ' +
    '0235 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 ' +
    '9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 ' +
    '9957 9959 0147 0154 0158 0170 0194 0203 0205 0217 0225 0240'
  ).split(' '),
);
