import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { invoicePdfFilename } from '@/lib/pdf/invoice-pdf-filename';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { limitPayLink } from '@/lib/rate-limit/request-limits';
import { openInvoicePdfLink } from '@/lib/services/documents/invoice-pdf-link';

const text = (body: string, status: number, extra: Record<string, string> = {}) =>
  new NextResponse(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store', ...extra } });

/**
 * The invoice PDF an invoice e-mail links to, without signing in: the signed token alone says
 * which invoice (invoice-pdf-link.ts). A tampered or malformed link is a 404 that names nothing;
 * an expired one a 410 that says what to do instead. Limited per address like the pay page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const limited = await limitPayLink(await headers());
  if (!limited.ok) return text('Too many requests: try again in a minute.', 429, { 'retry-after': String(limited.retryAfterSeconds) });
  const { token } = await params;
  const opened = await openInvoicePdfLink(token, new Date());
  if (opened.kind === 'invalid') return text('This invoice link is not valid. Use the link in your invoice e-mail as it was sent.', 404);
  if (opened.kind === 'expired') {
    return text(`This invoice link expired on ${opened.expiredAt.toISOString().slice(0, 10)}. Sign in to your account to download the invoice, or ask the shop for a new e-mail.`, 410);
  }
  const pdf = await renderInvoicePdf(opened.input);
  return new NextResponse(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${invoicePdfFilename(opened.input.invoice.number)}"`,
      'content-length': String(pdf.length),
      // A customer's invoice behind a bearer link: never in a shared cache, never indexed.
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
    },
  });
}
