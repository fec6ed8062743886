/**
 * `<number>.pdf`, safe in a Content-Disposition header and on any file system: invoice numbers
 * are the merchant's prefix plus digits, but a prefix may hold a slash or a quote.
 */
export function invoicePdfFilename(invoiceNumber: string): string {
  const safe = invoiceNumber.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
  return `${safe || 'invoice'}.pdf`;
}
