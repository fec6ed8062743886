import type { ReactNode } from 'react';
import { DashboardNav } from '@/components/dashboard/dashboard-nav';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { permissionsOf } from '@/lib/auth/permissions';
import { templatesOf } from '@/lib/i18n/templates';

// NOTE: the layout's check is a first gate only; each page checks again (layouts do not re-run
// on every navigation, and a page must never rely on a parent for its auth).
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const viewer = await requireMerchantPage('/dashboard', 'read');
  // The staff member's language: the header's switcher keeps it in a cookie (staff accounts have
  // no stored language), read with the rest of the page's negotiation.
  const locale = await getPageLocale();
  return (
    <>
      <DashboardNav permissions={[...permissionsOf(viewer.role)]} texts={templatesOf(locale, 'dashboard.nav')} />
      {children}
    </>
  );
}
