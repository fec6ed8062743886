import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { checkOrganisationNumber } from './tax-ids/check-organisation-number';
import { checkPeppolId } from './tax-ids/check-peppol-id';
import { checkSepaCreditorId } from './tax-ids/check-sepa-creditor-id';
import { checkVatId } from './tax-ids/check-vat-id';
import { isValidKid } from '@/lib/payments/references/kid';
import { manageCode, type ManageCode } from '@/lib/i18n/manage-messages';

// Messages are codes of dashboard.manage.messages (only the dashboard's settings use this form);
// the merchant action renders them in the staff member's language. The tax-id checks are shared
// with checkout and Min Side and still answer in English.
const TOO_LONG = manageCode('tooLong');

const text = (message: ManageCode) => z.string({ error: message }).trim().min(1, { error: message }).max(200, { error: TOO_LONG });
const optional = z
  .string()
  .trim()
  .max(200, { error: TOO_LONG })
  .optional()
  .transform((value) => value || null);

/** The seller's legal identity as the settings form sends it (every field a string). */
export const sellerIdentityFormSchema = z.object({
  legalName: text('legalNameRequired'),
  legalForm: optional,
  addressLine1: text('streetRequired'),
  addressLine2: optional,
  postalCode: text('postalCodeRequired'),
  city: text('cityRequired'),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: manageCode('countryRequired') }),
  vatId: optional,
  organisationNumber: optional,
  peppolScheme: optional,
  peppolValue: optional,
  contactEmail: z.email({ error: manageCode('contactEmailRequired') }),
  contactPhone: optional,
  iban: optional,
  bic: optional,
  domesticAccount: optional,
  sepaCreditorId: optional,
});

/** Countries whose register number belongs on every invoice (and in their Peppol rules). */
const ORGANISATION_NUMBER_REQUIRED = new Set(['NO', 'NL', 'BE', 'DK', 'SE']);

/**
 * The form checked as a whole: each identifier in its country's format with its check digits
 * (VAT id, organisation number, Peppol id, IBAN, BIC, Norwegian account number, SEPA creditor
 * identifier), normalised as
 * documents print it; a message on the field that is wrong.
 */
export const sellerIdentitySchema = sellerIdentityFormSchema.transform((input, ctx) => {
  const fail = (path: string, message: string, params?: Record<string, string>) => ctx.addIssue({ code: 'custom', path: [path], message, params });
  let vatId: string | null = null;
  if (input.vatId) {
    const checked = checkVatId(input.vatId);
    if (!checked.ok) fail('vatId', checked.error.message);
    else if (checked.value.country !== input.country) fail('vatId', manageCode('vatIdOtherCountry'), { country: input.country });
    else vatId = checked.value.value;
  }
  let organisationNumber: string | null = null;
  if (input.organisationNumber) {
    const checked = checkOrganisationNumber(input.organisationNumber, input.country);
    if (checked.ok) organisationNumber = checked.value;
    else fail('organisationNumber', checked.error);
  } else if (ORGANISATION_NUMBER_REQUIRED.has(input.country)) {
    fail('organisationNumber', manageCode('organisationNumberRequired'));
  }
  let peppol: { scheme: string; value: string } | null = null;
  if (input.peppolScheme || input.peppolValue) {
    const checked = checkPeppolId({ scheme: input.peppolScheme ?? '', value: input.peppolValue ?? '' });
    if (checked.ok) peppol = checked.value;
    else fail(checked.error.field === 'scheme' ? 'peppolScheme' : 'peppolValue', checked.error.message);
  }
  const iban = input.iban ? electronicFormatIBAN(input.iban) ?? '' : null;
  if (iban !== null && !isValidIBAN(iban)) fail('iban', manageCode('ibanInvalid'));
  const bic = input.bic ? input.bic.replace(/\s/g, '').toUpperCase() : null;
  if (bic !== null && !isValidBIC(bic)) fail('bic', manageCode('bicInvalid'));
  const domesticAccount = input.domesticAccount ? input.domesticAccount.replace(/[\s.]/g, '') : null;
  if (domesticAccount !== null && (input.country !== 'NO' || !/^\d{11}$/.test(domesticAccount) || !isValidKid(domesticAccount, 'mod11'))) {
    fail('domesticAccount', manageCode(input.country === 'NO' ? 'norwegianAccountInvalid' : 'domesticAccountOnlyNorway'));
  }
  let sepaCreditorId: string | null = null;
  if (input.sepaCreditorId) {
    const checked = checkSepaCreditorId(input.sepaCreditorId);
    if (checked.ok) sepaCreditorId = checked.value;
    else fail('sepaCreditorId', checked.error);
  }
  return {
    legalName: input.legalName,
    legalForm: input.legalForm,
    addressLine1: input.addressLine1,
    addressLine2: input.addressLine2,
    postalCode: input.postalCode,
    city: input.city,
    country: input.country,
    vatId,
    organisationNumber,
    peppolScheme: peppol?.scheme ?? null,
    peppolValue: peppol?.value ?? null,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
    iban,
    bic,
    domesticAccount,
    sepaCreditorId,
  };
});

export type SellerIdentityInput = z.output<typeof sellerIdentitySchema>;

/** Every field of the identity, in the form's order. */
export const SELLER_IDENTITY_KEYS = Object.keys(sellerIdentityFormSchema.shape) as (keyof SellerIdentityInput)[];

/** Just the identity's fields of a stored version (or a form), in one order: versions compare, the audit log shows them. */
export function pickSellerIdentity(source: SellerIdentityInput): SellerIdentityInput {
  return Object.fromEntries(SELLER_IDENTITY_KEYS.map((key) => [key, source[key]])) as SellerIdentityInput;
}

/** The fields that say where customers' money goes: only the owner may change them. */
export const BANK_FIELDS = ['iban', 'bic', 'domesticAccount'] as const satisfies readonly (keyof SellerIdentityInput)[];
