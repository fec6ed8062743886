import fs from 'node:fs';
import path from 'node:path';
import type { NextRequest } from 'next/server';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Permission, StaffRole } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';

// The session is what this test varies; Next's redirect and notFound throw, as they do in Next.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
  usePathname: () => '/dashboard',
}));
// Auth.js needs Next's runtime to load; the staff page's form imports an action that uses it.
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
// Pages read their language from the request; outside one, English.
vi.mock('@/lib/auth/page-locale', () => ({ getPageLocale: async () => 'en' }));

/**
 * What each dashboard page and route requires. A new page or route under the dashboard must be
 * added here: one missing from this table fails the test.
 */
const PAGES: Record<string, Permission> = {
  'layout.tsx': 'read',
  'page.tsx': 'read',
  'account/page.tsx': 'read',
  'audit/page.tsx': 'audit:read',
  'catalog/page.tsx': 'read',
  'catalog/dunning/[id]/page.tsx': 'read',
  'catalog/dunning/new/page.tsx': 'catalog:write',
  'catalog/plans/[id]/page.tsx': 'read',
  'catalog/plans/new/page.tsx': 'catalog:write',
  'catalog/products/[id]/page.tsx': 'read',
  'catalog/products/new/page.tsx': 'catalog:write',
  'catalog/coupons/[id]/page.tsx': 'read',
  'catalog/coupons/new/page.tsx': 'catalog:write',
  'credit-notes/page.tsx': 'read',
  'customers/[id]/page.tsx': 'read',
  'engine-errors/page.tsx': 'read',
  'engine-log/page.tsx': 'read',
  'exports/page.tsx': 'exports:read',
  'invoices/[id]/page.tsx': 'read',
  'invoices/page.tsx': 'read',
  'metrics/subscriptions/page.tsx': 'read',
  'outbox/[id]/page.tsx': 'read',
  'outbox/page.tsx': 'read',
  'payments/abandoned/page.tsx': 'read',
  'payments/bank-imports/page.tsx': 'read',
  'payments/page.tsx': 'read',
  'payments/unmatched/page.tsx': 'read',
  'privacy/page.tsx': 'customers:erase',
  'settings/page.tsx': 'read',
  'texts/page.tsx': 'read',
  'texts/[target]/page.tsx': 'read',
  'staff/page.tsx': 'staff:manage',
  'settings/api-keys/page.tsx': 'api-keys:manage',
  'subscribers/page.tsx': 'read',
  'test-clocks/[id]/page.tsx': 'read',
  'test-clocks/page.tsx': 'read',
  'webhooks/page.tsx': 'webhooks:manage',
  'to-act-on/page.tsx': 'read',
};
const ROUTES: Record<string, Permission> = {
  'credit-notes/[id]/ehf/route.ts': 'read',
  'credit-notes/[id]/pdf/route.ts': 'read',
  'einvoices/export/route.ts': 'exports:read',
  'exports/[list]/route.ts': 'exports:read',
  'exports/data/[table]/route.ts': 'exports:read',
  'invoices/[id]/ehf/route.ts': 'read',
};
/** Who has each permission, written out (lib/auth/permissions.test.ts checks the same matrix). */
const ROLES_WITH: Partial<Record<Permission, string>> = {
  read: 'owner admin support accountant',
  'catalog:write': 'owner admin',
  'audit:read': 'owner admin accountant',
  'customers:erase': 'owner admin',
  'staff:manage': 'owner',
  'api-keys:manage': 'owner',
  'exports:read': 'owner admin accountant',
  'webhooks:manage': 'owner',
};

const ROOT = import.meta.dirname;
function files(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(file, pattern);
    return pattern.test(entry.name) ? [path.relative(ROOT, file)] : [];
  });
}

const STAFF: StaffRole[] = ['owner', 'admin', 'support', 'accountant'];
const staff = (role: StaffRole): Viewer => ({ userId: `u-${role}`, email: `${role}@example.com`, role, customerId: null });
const CUSTOMER: Viewer = { userId: 'c', email: 'customer@example.com', role: 'customer', customerId: '00000000-0000-4000-8000-000000000001' };
const NO_ID = '00000000-0000-4000-8000-000000000000';
const props = { params: Promise.resolve({ id: NO_ID }), searchParams: Promise.resolve({}), children: null };

/** Where rendering the page sent the viewer: a redirect's url, or 'rendered' / 'not found'. */
async function outcome(file: string): Promise<string> {
  const page = (await import(path.join(ROOT, file))) as { default: (p: typeof props) => Promise<unknown> };
  try {
    await page.default(props);
    return 'rendered';
  } catch (error) {
    if (error instanceof Error && 'url' in error) return String(error.url);
    if (error instanceof Error && error.message === 'NEXT_NOT_FOUND') return 'not found';
    throw error;
  }
}

beforeEach(() => {
  viewer.current = null;
});

test('every page and route of the dashboard is in the table', () => {
  expect(files(ROOT, /^(page|layout)\.tsx$/).sort()).toEqual(Object.keys(PAGES).sort());
  expect(files(ROOT, /^route\.ts$/).sort()).toEqual(Object.keys(ROUTES).sort());
});

describe.each(Object.entries(PAGES))('%s', (file, permission) => {
  test('sends a signed-out visitor to sign in, and a customer to their account', async () => {
    expect(await outcome(file)).toMatch(/^\/signin\?callbackUrl=%2Fdashboard/);
    viewer.current = CUSTOMER;
    expect(await outcome(file)).toBe('/account?denied=1');
  });

  test.each(STAFF)(`as %s (needs ${permission})`, async (role) => {
    viewer.current = staff(role);
    const result = await outcome(file);
    if (ROLES_WITH[permission]!.split(' ').includes(role)) expect(result).toMatch(/^(rendered|not found)$/);
    else expect(result).toBe(`/dashboard?denied=${encodeURIComponent(permission)}`);
  });
});

describe.each(Object.entries(ROUTES))('%s', (file, permission) => {
  const call = async () => {
    const route = (await import(path.join(ROOT, file))) as { GET: (r: NextRequest, c: { params: Promise<{ id: string }> }) => Promise<Response> };
    const request = new Request(`http://localhost/dashboard/${file}`) as unknown as NextRequest;
    Object.assign(request, { nextUrl: new URL('http://localhost/dashboard/exports/payments') });
    return (await route.GET(request, { params: Promise.resolve({ id: NO_ID }) })).status;
  };

  test.each([
    ['signed out', null, 401],
    ['a customer', CUSTOMER, 403],
  ] as const)('refuses %s', async (_who, who, status) => {
    viewer.current = who;
    expect(await call()).toBe(status);
  });

  test.each(STAFF)(`as %s (needs ${permission})`, async (role) => {
    viewer.current = staff(role);
    const status = await call();
    if (ROLES_WITH[permission]!.split(' ').includes(role)) expect([200, 404]).toContain(status);
    else expect(status).toBe(403);
  });
});
