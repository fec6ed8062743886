
export type DebitOrderNotice = { orderId: string; state: 'pending' | 'failed'; text: string };

/**
 * On Min Side: orders paid by SEPA direct debit that have not started, because the bank has not
 * settled the debit yet, or because it did not go through (with a link to pay another way).
 */
export function DebitOrdersNotice({ notices, retry }: { notices: DebitOrderNotice[]; retry: string }) {
  if (notices.length === 0) return null;
  return (
    <>
      {notices.map((notice) =>
        notice.state === 'pending' ? (
          <p key={notice.orderId} className="alert" role="status" data-testid="account-debit-pending">
            {notice.text}
          </p>
        ) : (
          <p key={notice.orderId} className="alert error" role="alert" data-testid="account-debit-failed">
            {notice.text}{' '}
            <a href={`/checkout/failed/${notice.orderId}`} data-testid="account-debit-retry">
              {retry}
            </a>
          </p>
        ),
      )}
    </>
  );
}
