/**
 * What an invoice line of a subscription says it bills: "Product — Variant — Plan" (the house
 * format, with " — " between the parts), or "Product — Plan" for a product without variants. It is
 * written on the line when the invoice is finalised (order, renewal, proration, early-exit fee) and
 * the invoice page, PDF, e-mail and the e-invoice's item name read it from there, so a later rename
 * of the product, variant or plan leaves issued invoices as they were.
 *
 * NOTE: plan names often repeat their variant ("Print, monthly" under the variant "Print"): the
 * variant is then not written twice ("Atelier — Print, monthly"), the line still names it.
 */
export function planLineDescription(parts: { productName: string; variantName: string | null; planName: string }): string {
  const variant = parts.variantName?.trim();
  if (!variant || parts.planName.trim().toLocaleLowerCase().startsWith(variant.toLocaleLowerCase())) {
    return `${parts.productName} — ${parts.planName}`;
  }
  return `${parts.productName} — ${variant} — ${parts.planName}`;
}
