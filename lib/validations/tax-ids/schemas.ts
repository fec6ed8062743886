import { z } from 'zod';
import { checkOrganisationNumber } from './check-organisation-number';
import { checkPeppolId, type PeppolId } from './check-peppol-id';
import { checkVatId, type VatId } from './check-vat-id';

/** A VAT id field: normalised ("NL 8057.92.461 B01" -> "NL805792461B01") or refused with why. */
export const vatIdSchema = z.string().transform((raw, ctx): VatId => {
  const result = checkVatId(raw);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.error.message });
  return z.NEVER;
});

/** A Peppol participant id from two fields; the message lands on the field that is wrong. */
export const peppolIdSchema = z.object({ scheme: z.string(), value: z.string() }).transform((id, ctx): PeppolId => {
  const result = checkPeppolId(id);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.error.message, path: [result.error.field] });
  return z.NEVER;
});

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((text) => text || null);

/**
 * The customer's tax identity as entered at checkout, on Min Side or by staff. A business needs a
 * company name; its VAT id, organisation number and Peppol id are optional but, when given, must
 * be well-formed (each refused on its own field). A business without a VAT id is allowed: it is
 * then taxed as a consumer (see decideVat), which staff are shown.
 */
export const customerTaxIdentitySchema = z
  .object({
    kind: z.enum(['consumer', 'business'], { error: 'Choose private person or business.' }),
    country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: 'Choose a country.' }),
    companyName: optionalText,
    vatId: optionalText,
    organisationNumber: optionalText,
    peppolScheme: optionalText,
    peppolValue: optionalText,
  })
  .transform((input, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (input.kind === 'consumer') {
      return { kind: 'consumer' as const, country: input.country, companyName: null, vatId: null, organisationNumber: null, peppolId: null };
    }
    if (!input.companyName) fail('companyName', 'Enter the company name.');
    let vatId: VatId | null = null;
    if (input.vatId) {
      const result = checkVatId(input.vatId);
      if (result.ok) vatId = result.value;
      else fail('vatId', result.error.message);
    }
    let organisationNumber: string | null = null;
    if (input.organisationNumber) {
      const result = checkOrganisationNumber(input.organisationNumber, input.country);
      if (result.ok) organisationNumber = result.value;
      else fail('organisationNumber', result.error);
    }
    let peppolId: PeppolId | null = null;
    if (input.peppolScheme || input.peppolValue) {
      const result = checkPeppolId({ scheme: input.peppolScheme ?? '', value: input.peppolValue ?? '' });
      if (result.ok) peppolId = result.value;
      else fail(result.error.field === 'scheme' ? 'peppolScheme' : 'peppolValue', result.error.message);
    }
    return { kind: 'business' as const, country: input.country, companyName: input.companyName, vatId, organisationNumber, peppolId };
  });

export type CustomerTaxIdentity = z.output<typeof customerTaxIdentitySchema>;
