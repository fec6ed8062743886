import { STOP_REASONS, type StopReason } from '@/lib/billing/self-service-stop';
import { getTranslator } from '@/lib/i18n/translator';
import { formatDate } from './format-date';

const reasons = getTranslator('en', 'portal.subscriptionStop.reasons');
const isReason = (value: string): value is StopReason => (STOP_REASONS as readonly string[]).includes(value);

/**
 * Under a subscription's status on the dashboard: the date a customer's stop takes effect, and
 * why they chose to stop (also after they undid it), with their note.
 */
export function StopReasonNote({
  stopsAt,
  ended,
  reason,
  note,
  timeZone,
}: {
  stopsAt: string | null;
  /** The subscription has ended (a reason then belongs to the stop that ended it). */
  ended: boolean;
  reason: string | null;
  note: string | null;
  timeZone: string;
}) {
  if (!stopsAt && !reason) return null;
  return (
    <div className="muted" data-testid="subscriber-stop-reason">
      {stopsAt && <div>Stops {formatDate(stopsAt, timeZone)}</div>}
      {reason && (
        <div>
          {stopsAt || ended ? 'Reason for stopping' : 'Stop undone; reason given'}: {isReason(reason) ? reasons(reason) : reason}
          {note && <> — “{note}”</>}
        </div>
      )}
    </div>
  );
}
