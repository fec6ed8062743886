import { dashboardTestIds } from '@/components/dashboard/test-ids';

/** Why a list shows its defaults: a bad sort or filter in the address bar, or a stale page link. */
export function ListNotice({ messages }: { messages: (string | null | undefined)[] }) {
  const shown = messages.filter((message): message is string => Boolean(message));
  if (shown.length === 0) return null;
  return (
    <p className="alert error" role="alert" data-testid={dashboardTestIds.tableError}>
      {shown.join(' ')}
    </p>
  );
}
