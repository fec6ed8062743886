import { getListTexts, type ListTexts } from '@/components/tables/table-texts';
import type { Locale } from '@/lib/i18n/locales';
import { templatesOf, type Templates } from '@/lib/i18n/templates';

/** The subscribers list's texts and its rows' own: the action buttons, the stop note and the customers' stop reasons. */
export type SubscriberListTexts = ListTexts<'subscribers'> & {
  row: Templates<'dashboard.lists.subscribers.row'>;
  stopReasons: Record<string, string>;
};

/** Built on the server and handed to the client table, like every list's texts. */
export function getSubscriberListTexts(locale: Locale): SubscriberListTexts {
  return {
    ...getListTexts(locale, 'subscribers'),
    row: templatesOf(locale, 'dashboard.lists.subscribers.row'),
    stopReasons: templatesOf(locale, 'portal.subscriptionStop.reasons'),
  };
}
