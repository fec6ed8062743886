'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { dashboardTestIds } from './test-ids';

const LINKS = [
  { href: '/dashboard', label: 'Overview' },
  { href: '/dashboard/subscribers', label: 'Subscribers' },
  { href: '/dashboard/invoices', label: 'Invoices' },
  { href: '/dashboard/payments', label: 'Payments' },
  { href: '/dashboard/credit-notes', label: 'Credit notes' },
  { href: '/dashboard/payments/abandoned', label: 'Abandoned' },
  { href: '/dashboard/payments/bank-imports', label: 'Bank imports' },
  { href: '/dashboard/payments/unmatched', label: 'Unmatched payments' },
  { href: '/dashboard/catalog', label: 'Catalog' },
  { href: '/dashboard/outbox', label: 'Outbox' },
  { href: '/dashboard/test-clocks', label: 'Test clocks' },
  { href: '/dashboard/account', label: 'Your account' },
] as const;

/** The dashboard's sub-navigation; the current section is marked for screen readers and styled. */
export function DashboardNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Dashboard" className="row panel" style={{ padding: '0.6rem 1rem' }} data-testid={dashboardTestIds.nav}>
      {LINKS.map(({ href, label }) => {
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
