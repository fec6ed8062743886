import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { requestLocale } from '@/lib/auth/request-locale';
import { customerAnswer, customerTooManyRequests } from '@/lib/http/customer-answer';
import { invoicePdfFilename } from '@/lib/pdf/invoice-pdf-filename';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { limitPayLink } from '@/lib/rate-limit/request-limits';
import { openInvoicePdfLink } from '@/lib/services/documents/invoice-pdf-link';


/**
 * The invoice PDF an invoice e-mail links to, without signing in: the signed token alone says
 * which invoice (invoice-pdf-link.ts). A tampered or malformed link is a 404 that names nothing;
 * an expired one a 410 that says what to do instead, in the reader's language. Limited per
 * address like the pay page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const locale = await requestLocale(request);
  const limited = await limitPayLink(await headers());
  if (!limited.ok) return customerTooManyRequests(locale, limited.retryAfterSeconds);
  const { token } = await params;
  const opened = await openInvoicePdfLink(token, new Date());
  if (opened.kind === 'invalid') return customerAnswer(locale, 'invoice_link_invalid', 404);
  if (opened.kind === 'expired') return customerAnswer(locale, 'invoice_link_expired', 410, { date: opened.expiredAt.toISOString().slice(0, 10) });
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
