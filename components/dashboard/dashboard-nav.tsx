'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Permission } from '@/lib/auth/permissions';
import { dashboardTestIds } from './test-ids';

const LINKS: { href: string; label: string; permission?: Permission }[] = [
  { href: '/dashboard', label: 'Overview' },
  { href: '/dashboard/subscribers', label: 'Subscribers' },
  { href: '/dashboard/to-act-on', label: 'To act on' },
  { href: '/dashboard/invoices', label: 'Invoices' },
  { href: '/dashboard/payments', label: 'Payments' },
  { href: '/dashboard/credit-notes', label: 'Credit notes' },
  { href: '/dashboard/payments/abandoned', label: 'Abandoned' },
  { href: '/dashboard/payments/bank-imports', label: 'Bank imports' },
  { href: '/dashboard/payments/unmatched', label: 'Unmatched payments' },
  { href: '/dashboard/catalog', label: 'Catalog' },
  { href: '/dashboard/outbox', label: 'Outbox' },
  { href: '/dashboard/engine-log', label: 'Engine log' },
  { href: '/dashboard/test-clocks', label: 'Test clocks' },
  { href: '/dashboard/settings', label: 'Settings' },
  { href: '/dashboard/texts', label: 'E-mail texts' },
  { href: '/dashboard/account', label: 'Your account' },
  { href: '/dashboard/audit', label: 'Audit log', permission: 'audit:read' },
  { href: '/dashboard/exports', label: 'Data export', permission: 'exports:read' },
  { href: '/dashboard/privacy', label: 'Privacy', permission: 'customers:erase' },
  { href: '/dashboard/staff', label: 'Staff', permission: 'staff:manage' },
  { href: '/dashboard/settings/api-keys', label: 'API keys', permission: 'api-keys:manage' },
  { href: '/dashboard/webhooks', label: 'Webhooks', permission: 'webhooks:manage' },
];

/**
 * The dashboard's sub-navigation; the current section is marked for screen readers and styled.
 * Sections the viewer's role cannot open are left out (`permissions`: what the role grants).
 */
export function DashboardNav({ permissions }: { permissions: readonly Permission[] }) {
  const pathname = usePathname();
  const links = LINKS.filter((link) => !link.permission || permissions.includes(link.permission));
  return (
    <nav aria-label="Dashboard" className="row panel" style={{ padding: '0.6rem 1rem' }} data-testid={dashboardTestIds.nav}>
      {links.map(({ href, label }) => {
        const current = href === '/dashboard' || href === '/dashboard/payments' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? 'page' : undefined}
            style={current ? { fontWeight: 700, color: 'var(--ink)', textDecoration: 'none' } : undefined}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
