import { NextResponse } from 'next/server';
import type { Result } from '@/lib/billing/result';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import type { InvoiceEinvoice } from '@/lib/services/einvoice/load-invoice-einvoice';

/** An e-invoice as a download: the XML, as an attachment named by the document's number. */
export function einvoiceFile(einvoice: InvoiceEinvoice): NextResponse {
  const body = Buffer.from(einvoice.xml, 'utf8');
  return new NextResponse(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${einvoice.filename}"`,
      'Content-Length': String(body.length),
      // A customer's invoice: never in a shared cache.
      'Cache-Control': 'private, no-store',
    },
  });
}

/**
 * For the dashboard: an invoice's or credit note's e-invoice as a download, or 404 for no such
 * document, or 422 with what to fix when the document cannot be made (e.g. the shop's identity is
 * incomplete), as JSON. Customers are answered by customerEinvoiceResponse instead.
 */
export function einvoiceResponse(result: Result<InvoiceEinvoice, DomainErrorShape> | null, notFound = 'Invoice not found.'): NextResponse {
  if (!result) return NextResponse.json({ error: notFound }, { status: 404 });
  if (!result.ok) return NextResponse.json({ error: result.error.message, code: result.error.code }, { status: 422 });
  return einvoiceFile(result.value);
}
