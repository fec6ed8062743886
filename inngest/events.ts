import { eventType } from 'inngest';
import { eventSchemas as s } from '@/lib/validations/events';

/** Inngest's typed events of the app's events (names, schemas and what they mean: lib/validations/events). */
export const orderPaid = eventType('shop/order.paid', { schema: s['shop/order.paid'] });
export const invoiceFinalized = eventType('billing/invoice.finalized', { schema: s['billing/invoice.finalized'] });
/** Sent with the id `<subscriptionId>:<term>`, so that Inngest drops a repeat for 24 hours. */
export const termDue = eventType('billing/term.due', { schema: s['billing/term.due'] });
export const invoicePaid = eventType('billing/invoice.paid', { schema: s['billing/invoice.paid'] });
export const subscriptionChanged = eventType('billing/subscription.changed', { schema: s['billing/subscription.changed'] });
export const stepOverdue = eventType('billing/step.overdue', { schema: s['billing/step.overdue'] });
export const chargeRequested = eventType('billing/charge.requested', { schema: s['billing/charge.requested'] });
