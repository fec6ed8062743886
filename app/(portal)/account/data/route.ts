import { NextResponse } from 'next/server';
import { guardRoute } from '@/lib/auth/guards';
import { exportCustomerData } from '@/lib/services/privacy/export-customer-data';

/**
 * The signed-in customer's own data as a JSON download (the right of access): only theirs, read
 * by their customer id from the session, never from the request.
 */
export async function GET() {
  const guard = await guardRoute({ who: 'customer' }, {
    signedOut: 'Sign in to download your data.',
    forbidden: 'Only customers can download their data here.',
  });
  if (!guard.ok) return guard.response;
  const now = new Date();
  const data = await exportCustomerData(guard.viewer.customerId, now);
  if (!data) return NextResponse.json({ error: 'There is no customer account to export.' }, { status: 404 });
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="my-data-${now.toISOString().slice(0, 10)}.json"`,
      // Personal data: never in a shared cache.
      'Cache-Control': 'private, no-store',
    },
  });
}
