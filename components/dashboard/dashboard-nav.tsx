'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Permission } from '@/lib/auth/permissions';
import type { Templates } from '@/lib/i18n/templates';
import { dashboardTestIds } from './test-ids';

/** The words of the navigation (`dashboard.nav`), as the layout took them from the catalog. */
export type DashboardNavTexts = Templates<'dashboard.nav'>;
type NavKey = Exclude<keyof DashboardNavTexts, 'label'>;

const LINKS: { href: string; label: NavKey; permission?: Permission }[] = [
  { href: '/dashboard', label: 'overview' },
  { href: '/dashboard/subscribers', label: 'subscribers' },
  { href: '/dashboard/to-act-on', label: 'toActOn' },
  { href: '/dashboard/invoices', label: 'invoices' },
  { href: '/dashboard/payments', label: 'payments' },
  { href: '/dashboard/credit-notes', label: 'creditNotes' },
  { href: '/dashboard/payments/abandoned', label: 'abandoned' },
  { href: '/dashboard/payments/bank-imports', label: 'bankImports' },
  { href: '/dashboard/payments/unmatched', label: 'unmatched' },
  { href: '/dashboard/catalog', label: 'catalog' },
  { href: '/dashboard/outbox', label: 'outbox' },
  { href: '/dashboard/engine-log', label: 'engineLog' },
  { href: '/dashboard/test-clocks', label: 'testClocks' },
  { href: '/dashboard/settings', label: 'settings' },
  { href: '/dashboard/texts', label: 'texts' },
  { href: '/dashboard/account', label: 'account' },
  { href: '/dashboard/audit', label: 'audit', permission: 'audit:read' },
  { href: '/dashboard/exports', label: 'exports', permission: 'exports:read' },
  {
    href: '/dashboard/privacy',
    label: 'privacy',
    permission: 'customers:erase',
  },
  { href: '/dashboard/staff', label: 'staff', permission: 'staff:manage' },
  {
    href: '/dashboard/settings/api-keys',
    label: 'apiKeys',
    permission: 'api-keys:manage',
  },
  {
    href: '/dashboard/webhooks',
    label: 'webhooks',
    permission: 'webhooks:manage',
  },
];

/**
 * The dashboard's sub-navigation; the current section is marked for screen readers and styled.
 * Sections the viewer's role cannot open are left out (`permissions`: what the role grants).
 */
export function DashboardNav({ permissions, texts }: { permissions: readonly Permission[]; texts: DashboardNavTexts }) {
  const pathname = usePathname();
  const links = LINKS.filter((link) => !link.permission || permissions.includes(link.permission));
  return (
    <nav aria-label={texts.label} className="row panel" style={{ padding: '0.6rem 1rem' }} data-testid={dashboardTestIds.nav}>
      {links.map(({ href, label }) => {
        const current = href === '/dashboard' || href === '/dashboard/payments' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? 'page' : undefined}
            style={
              current
                ? {
                    fontWeight: 700,
                    color: 'var(--ink)',
                    textDecoration: 'none',
                  }
                : undefined
            }
          >
            {texts[label]}
          </Link>
        );
      })}
    </nav>
  );
}
