import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { getPageLocale } from '@/lib/auth/page-locale';
import { PAGE_PATH_HEADER } from '@/lib/i18n/negotiate';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Kadens', template: '%s · Kadens' },
  description: 'Subscriptions, invoices and payments.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, requestHeaders] = await Promise.all([getPageLocale(), headers()]);
  return (
    <html lang={locale}>
      <body>
        <SiteHeader locale={locale} path={requestHeaders.get(PAGE_PATH_HEADER) ?? '/'} />
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
