import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/db/client';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
import { paymentsReport } from '@/lib/services/payments/payments-report';
import { paymentsReportCsv } from '@/lib/services/payments/payments-report-csv';
import { parsePaymentsReportQuery } from '@/lib/services/payments/payments-report-filters';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';

/**
 * The payments report as a CSV download, with the page's filters (`from`, `to` as the shop's
 * calendar days, `method`, `status`, `source`). Staff only; a filter that does not parse is a
 * 400 saying which, never a 500.
 */
export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: 'Sign in to export payments.' }, { status: 401 });
  if (!isMerchant(viewer)) return NextResponse.json({ error: 'Only the shop’s staff can export payments.' }, { status: 403 });

  const { timeZone } = await getShopSettings(db);
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
