import { sendInvoiceEmailFunction } from './functions/send-invoice-email';
import { sendOrderConfirmationFunction } from './functions/send-order-confirmation';

/** Every function served at /api/inngest. Add a function here and its handler to ./inline.ts. */
export const functions = [sendOrderConfirmationFunction, sendInvoiceEmailFunction];
