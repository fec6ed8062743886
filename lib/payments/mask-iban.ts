/** An IBAN as people may see it on a page or in an e-mail: the country, check digits and last four. */
export function maskIban(iban: string): string {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 8) return '••••';
  return `${compact.slice(0, 4)} •••• ${compact.slice(-4)}`;
}
