import type { Locale } from '@/lib/i18n/locales';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { SubscriberListTexts } from './subscriber-list-texts';
import { formatDate } from './format-date';

/**
 * Under a subscription's status on the dashboard: the date a customer's stop takes effect, and
 * why they chose to stop (also after they undid it), with their note; in the staff member's
 * language (a reason the catalog does not know is shown as stored).
 */
export function StopReasonNote({
  stopsAt,
  ended,
  reason,
  note,
  timeZone,
  locale,
  texts,
}: {
  stopsAt: string | null;
  /** The subscription has ended (a reason then belongs to the stop that ended it). */
  ended: boolean;
  reason: string | null;
  note: string | null;
  timeZone: string;
  locale: Locale;
  texts: Pick<SubscriberListTexts, 'row' | 'stopReasons'>;
}) {
  if (!stopsAt && !reason) return null;
  const shownReason = reason && (texts.stopReasons[reason] ?? reason);
  return (
    <div className="muted" data-testid="subscriber-stop-reason">
      {stopsAt && <div>{fillTemplate(texts.row.stops, { date: formatDate(stopsAt, timeZone, { locale }) })}</div>}
      {shownReason && (
        <div>
          {fillTemplate(stopsAt || ended ? texts.row.reasonForStopping : texts.row.stopUndone, { reason: shownReason })}
          {note && <> — “{note}”</>}
        </div>
      )}
    </div>
  );
}
