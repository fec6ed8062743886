import type { SUBSCRIPTION_COLLECTIONS } from '@/lib/validations/subscription-by-hand';

/** The dashboard's words for a subscription's `collection` (English, in one place for the catalog later). */
export const COLLECTION_LABELS: Record<(typeof SUBSCRIPTION_COLLECTIONS)[number], string> = {
  charge_automatically: 'charge automatically',
  send_invoice: 'send an invoice',
};

/** What the choice is called on the page and in its form. */
export const COLLECTION_HEADING = 'Collection';
