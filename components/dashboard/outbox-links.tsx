import Link from 'next/link';
import type { OutboxListRow } from '@/db/queries/dashboard/list-outbox-emails';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { Locale } from '@/lib/i18n/locales';
import { formatDate } from './format-date';
import { dashboardTestIds } from './test-ids';

/** How a link's kind reads, with `{date}` for the day it stops working. */
export type OutboxLinkTexts = { linkInvoicePdf: string; linkInvoicePay: string };

type EmailLinkRef = OutboxListRow['links'][number];

const LABEL: Record<EmailLinkRef['kind'], keyof OutboxLinkTexts> = { 'invoice-pdf': 'linkInvoicePdf', 'invoice-pay': 'linkInvoicePay' };

/**
 * The signed links a message carried (its invoice's PDF, its pay page) and until when they
 * work, each opening the invoice on the dashboard: the record keeps no token, so staff cannot
 * open the customer's link itself. Nothing for a message without links.
 */
export function OutboxLinks({ links, texts, timeZone, locale }: { links: EmailLinkRef[]; texts: OutboxLinkTexts; timeZone: string; locale: Locale }) {
  if (links.length === 0) return null;
  return (
    <ul data-testid={dashboardTestIds.outboxLinks} style={{ margin: 0, paddingLeft: '1.1em' }}>
      {links.map((link) => (
        <li key={`${link.kind}|${link.invoiceId}`}>
          <Link href={`/dashboard/invoices/${link.invoiceId}`}>{fillTemplate(texts[LABEL[link.kind]], { date: formatDate(link.expiresAt, timeZone, { locale }) })}</Link>
        </li>
      ))}
    </ul>
  );
}
