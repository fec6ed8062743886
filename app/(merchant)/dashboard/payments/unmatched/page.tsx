import type { Metadata } from 'next';
import Link from 'next/link';
import { getPageLocale } from '@/lib/auth/page-locale';
import { formatMoney } from '@/lib/billing/money';
import { bankNoteText } from '@/lib/i18n/bank-note-text';
import { intlLocales } from '@/lib/i18n/locales';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { listUnmatchedTransactions } from '@/lib/services/payments/bank-import/list-unmatched-transactions';
import { paymentsTestIds } from '../payments-test-ids';
import { ResolveTransactionForm } from './resolve-transaction-form';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.unmatched')('title') };
}

export default async function UnmatchedTransactionsPage() {
  const viewer = await requireMerchantPage('/dashboard/payments/unmatched', 'read');
  const canDecide = hasPermission(viewer.role, 'payments:write');
  const [rows, locale] = await Promise.all([listUnmatchedTransactions(), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.manage.unmatched');
  const formTexts = textsOf(locale, 'dashboard.manage.unmatched', ['paysInvoice', 'takesBack', 'invoiceNumber', 'apply', 'reverse', 'ignore']);
  const money = (minor: number, currency: string) => formatMoney(minor, currency, intlLocales[locale]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">
        {t('intro')} <Link href="/dashboard/payments/bank-imports">{t('importLink')}</Link>
      </p>
      <section className="panel" aria-label={t('transactions')}>
        {rows.length === 0 ? (
          <p className="muted">{t('empty')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t('booked')}</th>
                <th className="num">{t('amount')}</th>
                <th>{t('payer')}</th>
                <th>{t('reference')}</th>
                <th>{t('why')}</th>
                <th>{t('suggested')}</th>
                {canDecide ? <th>{t('decision')}</th> : null}
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
                    {money(row.amountMinor, row.currency)}
                    {row.kind === 'reversal' ? (
                      <div className="muted">
                        {t('reversal')}
                        {row.returnReasonCode ? ` (${row.returnReasonCode})` : ''}
                      </div>
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
                  <td>{row.matchNote ? bankNoteText(locale, row.matchNote) : null}</td>
                  <td>
                    {row.suggested ? (
                      <>
                        <Link href={`/dashboard/invoices/${row.suggested.id}`}>{row.suggested.number}</Link>
                        <div className="muted">{t('open', { customer: row.suggested.customerName, amount: money(row.suggested.openMinor, row.suggested.currency) })}</div>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  {canDecide ? (
                    <td>
                      <ResolveTransactionForm transactionId={row.id} suggestedNumber={row.suggested?.number ?? null} kind={row.kind} texts={formTexts} />
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
