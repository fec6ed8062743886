/**
 * For the accountant: pick a month and download its invoices and credit notes as one zip of
 * e-invoices (EHF / Peppol BIS 3.0 XML). A plain GET form: the route answers with the file, so
 * the browser saves it and the page stays.
 */
export function EinvoiceExportForm({ defaultMonth, texts }: { defaultMonth: string; texts: { label: string; submit: string } }) {
  return (
    <form method="get" action="/dashboard/einvoices/export" className="row" data-testid="einvoice-export-form">
      <label>
        {texts.label}{' '}
        <input type="month" name="month" defaultValue={defaultMonth} required pattern="\d{4}-\d{2}" />
      </label>{' '}
      <button type="submit" className="button secondary">
        {texts.submit}
      </button>
    </form>
  );
}
