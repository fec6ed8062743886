import { getCustomerDetails, type CustomerDetails } from '@/db/queries/portal/get-customer-details';
import type { BusinessFieldsetProps } from '@/components/customers/business-fieldset';
import { detailsTexts } from '@/components/customers/details-texts';

/**
 * The business fields checkout asks, with the customer's stored answers and texts in their
 * language (kept beside the page so the page adds one line).
 */
export async function checkoutBusinessProps(customerId: string): Promise<Omit<BusinessFieldsetProps, 'state' | 'chosen'>> {
  const details: CustomerDetails = await getCustomerDetails(customerId);
  return {
    intro: true,
    texts: detailsTexts(details.locale, details.email),
    values: {
      customerType: details.customerType,
      companyName: details.companyName,
      vatId: details.vatId,
      organisationNumber: details.organisationNumber,
      peppolScheme: details.peppolScheme,
      peppolId: details.peppolId,
      wantsEinvoice: details.wantsEinvoice,
    },
  };
}
