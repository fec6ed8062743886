import { z } from 'zod';
import { COUNTRIES } from './auth';
import { customerTaxIdentitySchema } from './tax-ids/schemas';

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'at_most_characters' })
    .optional()
    .transform((value) => value || null);

/** A checkbox: present ("on") when ticked, absent when not. */
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on' || value === 'true');

/** The catalog's message (`errors.*`) for a refused tax identity field. */
const TAX_FIELD_MESSAGES: Record<string, string> = {
  customerType: 'choose_customer_type',
  country: 'choose_country',
  companyName: 'company_name_required',
  vatId: 'vat_id_invalid',
  organisationNumber: 'organisation_number_invalid',
  peppolScheme: 'peppol_id_invalid',
  peppolId: 'peppol_id_invalid',
};

/** The tax identity fields as the forms name them (checkout, Min Side, the dashboard). */
const taxIdentityFields = {
  customerType: z.enum(['consumer', 'business'], {
    error: 'choose_customer_type',
  }),
  companyName: optional(120),
  vatId: optional(30),
  organisationNumber: optional(40),
  peppolScheme: optional(4),
  peppolId: optional(60),
  wantsEinvoice: checkbox,
};

type TaxIdentityForm = {
  customerType: 'consumer' | 'business';
  country: string;
} & Record<'companyName' | 'vatId' | 'organisationNumber' | 'peppolScheme' | 'peppolId', string | null> & {
    wantsEinvoice: boolean;
  };

/** The fields as stored on the customer (normalised), or null where the form failed. */
export type CustomerTaxFields = {
  customerType: 'consumer' | 'business';
  companyName: string | null;
  vatId: string | null;
  organisationNumber: string | null;
  peppolScheme: string | null;
  peppolId: string | null;
  wantsEinvoice: boolean;
};

/**
 * Checks the tax identity with the shared rules (customerTaxIdentitySchema: VAT id format and
 * check digits, the organisation number of the address's country, the Peppol scheme and value)
 * and reports each problem on the form's own field. A consumer keeps none of the business fields.
 */
function checkTaxFields(input: TaxIdentityForm, ctx: z.RefinementCtx): CustomerTaxFields {
  const parsed = customerTaxIdentitySchema.safeParse({
    kind: input.customerType,
    country: input.country,
    companyName: input.companyName ?? undefined,
    vatId: input.vatId ?? undefined,
    organisationNumber: input.organisationNumber ?? undefined,
    peppolScheme: input.peppolScheme ?? undefined,
    peppolValue: input.peppolId ?? undefined,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'peppolValue' ? 'peppolId' : String(issue.path[0] ?? 'customerType');
      // The tax-id checks explain in English (staff and the API read that); a customer in another
      // language reads the catalog's message for the field (lib/i18n/localize-message.ts).
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: issue.message,
        params: { code: TAX_FIELD_MESSAGES[field] ?? 'field_invalid' },
      });
    }
    return z.NEVER;
  }
  const identity = parsed.data;
  return {
    customerType: identity.kind,
    companyName: identity.companyName,
    vatId: identity.vatId?.value ?? null,
    organisationNumber: identity.organisationNumber,
    peppolScheme: identity.peppolId?.scheme ?? null,
    peppolId: identity.peppolId?.value ?? null,
    wantsEinvoice: identity.kind === 'business' && input.wantsEinvoice,
  };
}

const detailsFields = {
  name: z.string().trim().min(2, { error: 'enter_full_name' }).max(120),
  addressLine1: z.string().trim().min(3, { error: 'enter_street' }).max(200),
  addressLine2: optional(200),
  postalCode: z.string().trim().min(3, { error: 'enter_postal_code' }).max(12),
  city: z.string().trim().min(2, { error: 'enter_city' }).max(100),
  country: z.enum(COUNTRIES, { error: 'choose_country' }),
  phone: optional(40).refine((phone) => phone === null || /^\+?[\d\s()\-./]{5,30}$/.test(phone), {
    error: 'phone_invalid',
  }),
  locale: z.enum(['en', 'nl', 'de', 'nb'], { error: 'choose_language' }),
  ...taxIdentityFields,
};

type DetailsForm = {
  [K in keyof typeof detailsFields]: z.output<(typeof detailsFields)[K]>;
};

function toDetails(input: DetailsForm, ctx: z.RefinementCtx) {
  return {
    name: input.name,
    addressLine1: input.addressLine1,
    addressLine2: input.addressLine2,
    postalCode: input.postalCode,
    city: input.city,
    country: input.country,
    phone: input.phone,
    locale: input.locale,
    ...checkTaxFields(input, ctx),
  };
}

/** Name, invoice address, phone, language and tax identity, as staff and the customer edit them. */
export const customerDetailsSchema = z.object(detailsFields).transform(toDetails);

export type CustomerDetailsInput = z.output<typeof customerDetailsSchema>;

/** Min Side's form: the details and the customer's own sign-in preference. */
export const ownDetailsSchema = z.object({ ...detailsFields, signInByLinkOnly: checkbox }).transform((input, ctx) => ({
  details: toDetails(input, ctx),
  signInByLinkOnly: input.signInByLinkOnly,
}));

/** The dashboard's form: one customer's details, by id. */
export const staffCustomerDetailsSchema = z
  .object({
    customerId: z.uuid({ error: 'customer_not_found' }),
    ...detailsFields,
  })
  .transform((input, ctx) => ({
    customerId: input.customerId,
    details: toDetails(input, ctx),
  }));

/** The business fields asked at checkout, checked against the country of the customer's stored address. */
export function checkoutTaxIdentitySchema(country: string) {
  return z.object(taxIdentityFields).transform((input, ctx) => checkTaxFields({ ...input, country }, ctx));
}
