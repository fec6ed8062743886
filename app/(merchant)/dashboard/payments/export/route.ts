import { NextResponse, type NextRequest } from 'next/server';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { guardRoute } from '@/lib/auth/guards';
import { paymentsReport } from '@/lib/services/payments/payments-report';
import { paymentsReportCsv } from '@/lib/services/payments/payments-report-csv';
import { parsePaymentsReportQuery } from '@/lib/services/payments/payments-report-filters';

/**
 * The payments report as a CSV download, with the page's filters (`from`, `to` as the shop's
 * calendar days, `method`, `status`, `source`). Staff only; a filter that does not parse is a
 * 400 saying which, never a 500.
 */
export async function GET(request: NextRequest) {
  const guard = await guardRoute({ who: 'merchant', permission: 'exports:read' }, {
    signedOut: 'Sign in to export payments.',
    forbidden: 'Only the shop’s staff can export payments.',
    notPermitted: 'Your role does not allow you to export payments.',
  });
  if (!guard.ok) return guard.response;

  const { timeZone } = await getDashboardSettings();
  const query = Object.fromEntries(request.nextUrl.searchParams.entries());
  const filters = parsePaymentsReportQuery(query, { now: new Date(), timeZone });
  if (!filters.ok) return NextResponse.json({ error: filters.error }, { status: 400 });

  const report = await paymentsReport(filters.value);
  const csv = paymentsReportCsv(report.rows);
  return new NextResponse(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="payments-${filters.value.fromDate}-to-${filters.value.toDate}.csv"`,
      // Customer names and amounts: never in a shared cache.
      'Cache-Control': 'private, no-store',
      ...(report.truncated ? { 'X-Report-Truncated': 'true' } : {}),
    },
  });
}
