import type { Messages } from '@/lib/i18n/catalog';
import type { Locale } from '@/lib/i18n/locales';
import { templatesOf, type Templates } from '@/lib/i18n/templates';
import { getTranslator } from '@/lib/i18n/translator';

/** Every status a dashboard list shows as a badge (subscriptions, invoices, payments, refunds, e-mails). */
const STATUSES = [
  'trialing', 'active', 'past_due', 'suspended', 'paused', 'canceled', 'ended',
  'draft', 'open', 'paid', 'void', 'uncollectible',
  'pending', 'failed', 'charged_back', 'refunded',
  'queued', 'stored', 'sent',
] as const;

/**
 * What a dashboard table needs in the staff member's language, as plain strings for the client:
 * its chrome (search, paging, empty rows: `dashboard.table`), the statuses' names, and the
 * language itself for amounts and dates.
 */
export type TableTexts = { locale: Locale; table: Templates<'dashboard.table'>; statuses: Record<string, string> };

export type ListName = keyof Messages['dashboard']['lists'];

/** A list's own texts (title, noun, search hint...) and its column headers, with the table's. */
export type ListTexts<L extends ListName> = TableTexts & {
  list: Templates<`dashboard.lists.${L}`>;
  columns: Templates<`dashboard.lists.${L}.columns`>;
};

/** Built on the server (the catalog stays there) and handed to the client table as a prop. */
export function getTableTexts(locale: Locale): TableTexts {
  const t = getTranslator(locale, 'statuses');
  return {
    locale,
    table: templatesOf(locale, 'dashboard.table'),
    statuses: Object.fromEntries(STATUSES.map((status) => [status, t('label', { status })])),
  };
}

export function getListTexts<L extends ListName>(locale: Locale, list: L): ListTexts<L> {
  // The namespace is built from the list's name, so its exact type is asserted here once.
  const of = templatesOf as (locale: Locale, namespace: string) => Record<string, string>;
  return {
    ...getTableTexts(locale),
    list: of(locale, `dashboard.lists.${list}`) as ListTexts<L>['list'],
    columns: of(locale, `dashboard.lists.${list}.columns`) as ListTexts<L>['columns'],
  };
}
