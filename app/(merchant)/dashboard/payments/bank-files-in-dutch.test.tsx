import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { getTableTexts } from '@/components/tables/table-texts';
import { templatesOf } from '@/lib/i18n/templates';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';
import { BankImportForm } from './bank-imports/bank-import-form';
import { bankImportFormTexts } from './bank-imports/bank-import-form-texts';
import { BankImportsTable } from './bank-imports/bank-imports-table';
import { ResolveTransactionForm } from './unmatched/resolve-transaction-form';
import type { BankImportRow } from '@/lib/services/payments/bank-import/list-bank-imports';

// The forms post to server actions; rendering needs only their references.
vi.mock('@/lib/actions/payments/import-bank-file-action', () => ({ importBankFileAction: async () => ({}) }));
vi.mock('@/lib/actions/payments/resolve-bank-transaction-action', () => ({ resolveBankTransactionAction: async () => ({}) }));
// The table reads the address bar.
vi.mock('next/navigation', () => ({ useRouter: () => ({ replace: () => {} }), usePathname: () => '/', useSearchParams: () => new URLSearchParams() }));

describe('bank files and unmatched transactions for a staff member who chose Dutch', () => {
  test('the bank-file form and the imported files', () => {
    const form = renderToStaticMarkup(<BankImportForm texts={bankImportFormTexts('nl')} />);
    expect(form).toContain('Bankbestand (camt.053 .xml of Nets OCR giro .txt, hoogstens 900 KB)');
    expect(form).toContain('Importeren');
    const row: BankImportRow = { id: 'b1', statementId: 'S1', importedAt: '2026-03-05T10:00:00.000Z', filename: 'maart.xml', format: 'camt053', accountIban: 'NL91ABNA0417164300', entries: 4, matched: 2, unmatched: 1, ignored: 0, duplicates: 1, importedBy: 'staff@example.test' };
    const texts = { ...getTableTexts('nl'), ...textsOf('nl', 'dashboard.manage.bankImports', ['noun', 'empty']), columns: templatesOf('nl', 'dashboard.manage.bankImports.columns') };
    const table = renderToStaticMarkup(<BankImportsTable rows={[row]} timeZone="Europe/Amsterdam" texts={texts} />);
    for (const header of ['Geïmporteerd', 'Bestand', 'Rekening', 'Gekoppeld', 'Niet gekoppeld', 'Al geïmporteerd']) expect(table).toContain(header);
    expect(table).toContain('05-03-2026 11:00');
    expect(renderToStaticMarkup(<BankImportsTable rows={[]} timeZone="Europe/Amsterdam" texts={texts} />)).toContain('Nog geen bankbestanden geïmporteerd.');
    expect(getTranslator('nl', 'dashboard.manage.bankImports')('waiting', { count: 3 })).toBe('3 transacties wachten op handmatige koppeling →');
  });

  test('the decision on a bank line', () => {
    const texts = textsOf('nl', 'dashboard.manage.unmatched', ['paysInvoice', 'takesBack', 'invoiceNumber', 'apply', 'reverse', 'ignore']);
    const credit = renderToStaticMarkup(<ResolveTransactionForm transactionId="t1" suggestedNumber={null} kind="credit" texts={texts} />);
    expect(credit).toContain('Betaalt factuur');
    expect(credit).toContain('placeholder="Factuurnummer"');
    expect(credit).toContain('Betaling koppelen');
    expect(credit).toContain('Negeren');
    const reversal = renderToStaticMarkup(<ResolveTransactionForm transactionId="t1" suggestedNumber="KD-1" kind="reversal" texts={texts} />);
    expect(reversal).toContain('Neemt de betaling van factuur terug');
    expect(reversal).toContain('Betaling terugboeken');
  });
});
