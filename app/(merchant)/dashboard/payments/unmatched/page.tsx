import type { Metadata } from 'next';
import Link from 'next/link';
import { Money } from '@/components/ui/money';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { listUnmatchedTransactions } from '@/lib/services/payments/bank-import/list-unmatched-transactions';
import { paymentsTestIds } from '../payments-test-ids';
import { ResolveTransactionForm } from './resolve-transaction-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Unmatched bank transactions' };

export default async function UnmatchedTransactionsPage() {
  const viewer = await requireMerchantPage('/dashboard/payments/unmatched', 'read');
  const canDecide = hasPermission(viewer.role, 'payments:write');
  const rows = await listUnmatchedTransactions();
  return (
    <>
      <h1>Unmatched bank transactions</h1>
      <p className="muted">
        Bank lines an import could not book by itself, oldest first. Apply each to the invoice it pays (a reversal:
        the invoice whose payment the bank took back), or ignore it when it is not a customer’s payment.{' '}
        <Link href="/dashboard/payments/bank-imports">Import a bank file</Link>
      </p>
      <section className="panel" aria-label="Unmatched transactions">
        {rows.length === 0 ? (
          <p className="muted">Nothing to match: every imported transaction is booked or ignored.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Booked</th>
                <th className="num">Amount</th>
                <th>Payer</th>
                <th>Reference and text</th>
                <th>Why unmatched</th>
                <th>Suggested invoice</th>
                {canDecide ? <th>Decision</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid={paymentsTestIds.unmatchedRow}>
                  <td>
                    {row.bookingDate}
                    <div className="muted">{row.filename}</div>
                  </td>
                  <td className="num">
                    {row.kind === 'reversal' ? '−' : ''}
                    <Money minor={row.amountMinor} currency={row.currency} />
                    {row.kind === 'reversal' ? (
                      <div className="muted">reversal{row.returnReasonCode ? ` (${row.returnReasonCode})` : ''}</div>
                    ) : null}
                  </td>
                  <td>
                    {row.counterpartyName ?? '—'}
                    {row.counterpartyIban ? <div className="muted">{row.counterpartyIban}</div> : null}
                  </td>
                  <td>
                    {row.reference ?? '—'}
                    {row.remittanceText ? <div className="muted">{row.remittanceText}</div> : null}
                  </td>
                  <td>{row.matchNote}</td>
                  <td>
                    {row.suggested ? (
                      <>
                        <Link href={`/dashboard/invoices/${row.suggested.id}`}>{row.suggested.number}</Link>
                        <div className="muted">
                          {row.suggested.customerName}, open <Money minor={row.suggested.openMinor} currency={row.suggested.currency} />
                        </div>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  {canDecide ? (
                    <td>
                      <ResolveTransactionForm transactionId={row.id} suggestedNumber={row.suggested?.number ?? null} kind={row.kind} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
