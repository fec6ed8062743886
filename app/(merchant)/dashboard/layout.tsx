import type { ReactNode } from 'react';
import { DashboardNav } from '@/components/dashboard/dashboard-nav';
import { requireMerchantPage } from '@/lib/auth/guards';
import { permissionsOf } from '@/lib/auth/permissions';

// NOTE: the layout's check is a first gate only; each page checks again (layouts do not re-run
// on every navigation, and a page must never rely on a parent for its auth).
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const viewer = await requireMerchantPage('/dashboard', 'read');
  return (
    <>
      <DashboardNav permissions={[...permissionsOf(viewer.role)]} />
      {children}
    </>
  );
}
