import { PassThrough, Readable } from 'node:stream';
import { NextResponse, type NextRequest } from 'next/server';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { guardStaffRoute } from '@/lib/auth/guard-staff-route';
import { staffAnswer } from '@/lib/http/staff-answer';
import { exportPeriodEinvoices } from '@/lib/services/einvoice/export-period-einvoices';
import { monthWindow, parseExportMonth } from '@/lib/validations/einvoice-export';

/**
 * A month's invoices and credit notes (`month=YYYY-MM`, the shop's calendar; default last month)
 * as one zip of EHF / Peppol BIS 3.0 XML for the accountant, streamed as it is made. Documents
 * that could not be made are listed in the zip's problems.txt. A month that does not parse is a
 * 400 saying so, in the staff member's language.
 */
export async function GET(request: NextRequest) {
  const guard = await guardStaffRoute(request, { who: 'merchant', permission: 'exports:read' }, 'einvoiceExport');
  if (!guard.ok) return guard.response;

  const { timeZone } = await getDashboardSettings();
  const month = parseExportMonth(request.nextUrl.searchParams.get('month'), { now: new Date(), timeZone });
  if (!month.ok) return staffAnswer(guard.locale, month.error, 400);

  const zip = new PassThrough();
  exportPeriodEinvoices(monthWindow(month.month, timeZone), zip).then(
    () => zip.end(),
    (error: unknown) => zip.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return new NextResponse(Readable.toWeb(zip) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="einvoices-${month.month}.zip"`,
      // Customers' invoices: never in a shared cache.
      'Cache-Control': 'private, no-store',
    },
  });
}
