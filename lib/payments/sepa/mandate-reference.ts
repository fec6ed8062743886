/** The mandate reference the payer's bank shows for a mandate given at checkout: ours, at most 35 characters as SEPA allows. */
export const sepaMandateReference = (paymentId: string) => `K${paymentId.replace(/-/g, '').toUpperCase()}`;
