import type { SUBSCRIPTION_COLLECTIONS } from '@/lib/validations/subscription-by-hand';

/** A subscription's ways of collecting its invoices, in the order the form offers them. */
export const COLLECTIONS: readonly (typeof SUBSCRIPTION_COLLECTIONS)[number][] = ['charge_automatically', 'send_invoice'];

/** The collection form's words in the staff member's language: its heading, each way's name, the button. */
export type CollectionTexts = { heading: string; labels: Record<(typeof SUBSCRIPTION_COLLECTIONS)[number], string>; save: string };
