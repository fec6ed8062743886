import type { NextRequest } from 'next/server';
import type { Viewer } from '@/lib/auth/viewer';

/** Who asks a route (getViewer mocked in the test file), and an id no row has. */
export const OWNER: Viewer = { userId: 'm', email: 'm@example.test', role: 'owner', customerId: null };
export const SUPPORT: Viewer = { userId: 's', email: 's@example.test', role: 'support', customerId: null };
export const CUSTOMER: Viewer = { userId: 'c', email: 'c@example.test', role: 'customer', customerId: 'c1' };
export const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** A GET of a dashboard route as a browser sends it, with the language cookie when given. */
export function routeRequest(url: string, locale?: string): NextRequest {
  const req = new Request(url, { headers: locale ? { cookie: `kadens_locale=${locale}` } : {} }) as unknown as NextRequest;
  return Object.assign(req, { nextUrl: new URL(url) });
}

/** A route's JSON refusal as staff meet it: its status, language and error. */
export async function refusal(response: Response) {
  return { status: response.status, language: response.headers.get('content-language'), error: ((await response.json()) as { error: string }).error };
}
