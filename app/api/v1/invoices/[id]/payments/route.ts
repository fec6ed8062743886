import { getApiInvoice } from '@/db/queries/api/invoice-reads';
import { getApiPayment } from '@/db/queries/api/payment-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { invalidRequest } from '@/lib/api/api-error';
import { manageLocalizer } from '@/lib/i18n/manage-messages';
import { apiHandler } from '@/lib/api/api-handler';
import { found, minorAsDecimal, pathId } from '@/lib/api/found';
import { createInvoicePayment } from '@/lib/api/operations/invoices';
import { presentPayment } from '@/lib/api/present';
import { currencyExponent, isSupportedCurrency } from '@/lib/billing/money';
import { registerManualPayment } from '@/lib/services/payments/register-manual-payment';

// The service's form fields → the API's names.
const PARAMS: Record<string, string> = { amount: 'amount', currency: 'currency', paidOn: 'paid_on', method: 'method', note: 'note' };

/** Money received outside the shop, registered through the dashboard's service (same rules, same audit). */
export const POST = apiHandler(createInvoicePayment, async ({ params, body, caller, now }) => {
  const { invoice } = found(await getApiInvoice(REAL_TIME, pathId(params.id, 'invoice')), 'invoice');
  if (!isSupportedCurrency(body.currency)) throw invalidRequest('currency_unknown', `${body.currency} is not a currency we know.`, 'currency');
  const registered = await registerManualPayment(
    {
      invoiceId: invoice.id,
      amount: minorAsDecimal(body.amount, currencyExponent(body.currency)),
      currency: body.currency,
      paidOn: body.paid_on,
      method: body.method,
      note: body.note ?? null,
    },
    { staffUserId: caller.ownerUserId, now },
  );
  if (!registered.ok) {
    const field = Object.keys(registered.fieldErrors)[0];
    // The service's refusals are dashboard codes: an API client reads them in English.
    const message = manageLocalizer('en').text(field ? registered.fieldErrors[field]! : registered.error);
    throw invalidRequest('payment_refused', message, field ? (PARAMS[field] ?? null) : null);
  }
  return { body: presentPayment(found(await getApiPayment(REAL_TIME, registered.value.paymentId), 'payment')) };
});
