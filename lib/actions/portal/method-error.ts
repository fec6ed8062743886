import { getCustomerLocale } from '@/db/queries/portal/get-customer-locale';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { getTranslator } from '@/lib/i18n/translator';

const CODES = [
  'not_found',
  'method_not_offered',
  'last_method',
  'invoice_not_allowed',
  'nothing_to_pay',
  'amount_changed',
  'no_method',
  'charge_in_progress',
  'provider_unavailable',
] as const;
type Code = (typeof CODES)[number];

/** A payment-method service's refusal in the customer's language (its code picks the message). */
export async function methodError(customerId: string, error: DomainErrorShape): Promise<DomainErrorShape> {
  if (!(CODES as readonly string[]).includes(error.code)) return error;
  const t = getTranslator(await getCustomerLocale(customerId), 'portal.paymentMethods.errors');
  return { ...error, message: t(error.code as Code) };
}
