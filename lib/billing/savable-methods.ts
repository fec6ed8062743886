/** The checkout methods that can leave a mandate for later charges, in the order Min Side offers them. */
const SAVABLE = ['card', 'sepa_debit', 'ideal', 'bancontact', 'paypal'] as const;
export type SavableMethod = (typeof SAVABLE)[number];

/** What a customer may add on Min Side: the shop's enabled methods that can be charged later. */
export function savableMethods(enabled: readonly string[]): SavableMethod[] {
  return SAVABLE.filter((method) => enabled.includes(method));
}

/** Whether the shop takes payment by invoice (bank transfer), so a customer may go without autopay. */
export function allowsPayByInvoice(enabled: readonly string[]): boolean {
  return enabled.includes('bank_transfer');
}
