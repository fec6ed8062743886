import { billingCycleFunction } from './functions/billing-cycle';
import { billingDailyFunction } from './functions/billing-daily';
import { billingOverdueFunction } from './functions/billing-overdue';
import { billingResumeFunction } from './functions/billing-resume';
import { chargeInvoiceFunction } from './functions/charge-invoice';
import { sendInvoiceEmailFunction } from './functions/send-invoice-email';
import { sendOrderConfirmationFunction } from './functions/send-order-confirmation';

/** Every function served at /api/inngest. Add a function here and its handler to ./inline.ts. */
export const functions = [
  sendOrderConfirmationFunction,
  sendInvoiceEmailFunction,
  billingCycleFunction,
  billingDailyFunction,
  billingOverdueFunction,
  billingResumeFunction,
  chargeInvoiceFunction,
];
