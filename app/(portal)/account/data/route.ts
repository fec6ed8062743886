import { NextResponse } from 'next/server';
import { guardCustomerRoute } from '@/lib/auth/guards';
import { customerAnswer } from '@/lib/http/customer-answer';
import { exportCustomerData } from '@/lib/services/privacy/export-customer-data';

/**
 * The signed-in customer's own data as a JSON download (the right of access): only theirs, read
 * by their customer id from the session, never from the request. Refusals are plain text in their
 * language.
 */
export async function GET(request: Request) {
  const guard = await guardCustomerRoute(request, { signedOut: 'sign_in_to_download_data', forbidden: 'data_for_customers' });
  if (!guard.ok) return guard.response;
  const now = new Date();
  const data = await exportCustomerData(guard.viewer.customerId, now);
  if (!data) return customerAnswer(guard.locale, 'nothing_to_export', 404);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="my-data-${now.toISOString().slice(0, 10)}.json"`,
      // Personal data: never in a shared cache.
      'Cache-Control': 'private, no-store',
    },
  });
}
