import { getCustomerDetails } from '@/db/queries/portal/get-customer-details';
import { fieldErrorsOf } from '@/lib/actions/action-answers';
import type { ActionState } from '@/lib/actions/action-state';
import { updateCustomerTaxFields } from '@/lib/services/customers/update-customer-details';
import { checkoutTaxIdentitySchema } from '@/lib/validations/customer-details';

/**
 * Checkout's business fields (components/customers/business-fields), when the form has them:
 * checked against the country of the customer's invoice address and saved on the customer, so
 * the order's invoice is issued to the business. Null when saved (or not asked); else the refusal.
 */
export async function saveCheckoutBusinessFields(customerId: string, values: Record<string, string>): Promise<ActionState | null> {
  if (values.customerType === undefined) return null;
  const { country } = await getCustomerDetails(customerId);
  // A server form sends the business fields it hides for a private person (business-fieldset.tsx):
  // a private person's answer is the type alone, as when the fields are not on the page.
  const sent = values.customerType === 'business' ? values : { customerType: values.customerType };
  const parsed = checkoutTaxIdentitySchema(country).safeParse(sent);
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values } as ActionState;
  const saved = await updateCustomerTaxFields(customerId, parsed.data);
  return saved.ok ? null : { error: saved.error.message };
}
