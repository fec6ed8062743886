'use server';

import { formatDate } from '@/components/dashboard/format-date';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import type { ActionState } from '@/lib/actions/action-state';
import { manageText, requestLocale } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { bankNoteText } from '@/lib/i18n/bank-note-text';
import type { BankFileError } from '@/lib/payments/bank-files/types';
import { importBankFile, type ImportedStatement, type ImportRefusal } from '@/lib/services/payments/bank-import/import-bank-file';
import type { BankImportCounts } from '@/lib/services/payments/bank-import/record-statement';
import { bankFileUploadSchema, decodeBankFile } from './bank-file-upload';

/** The upload form's answer: every problem of a file that does not parse, with its line. */
export type BankImportFormState = ActionState & { lineErrors?: BankFileError[]; counts?: BankImportCounts };

/** What became of the file's entries, in the staff member's language: each count that is there, then the whole. */
async function importedNotice(filename: string, counts: BankImportCounts, statements: ImportedStatement[]): Promise<string> {
  const parts = await Promise.all([
    manageText('bankPartMatched', { count: counts.matched }),
    ...(counts.reversals ? [manageText('bankPartReversed', { count: counts.reversals })] : []),
    manageText('bankPartUnmatched', { count: counts.unmatched }),
    ...(counts.duplicates ? [manageText('bankPartDuplicates', { count: counts.duplicates })] : []),
  ]);
  const values = { filename, entries: counts.entries, parts: parts.join(', ') };
  if (statements.length <= 1) return manageText('bankImported', values);
  const named = await Promise.all(
    statements.map((s) => (s.accountIban ? manageText('bankStatementOn', { statement: s.statementId, iban: s.accountIban }) : s.statementId)),
  );
  return manageText('bankImportedSeveral', { ...values, count: statements.length, statements: named.join('; ') });
}

/** Why nothing was booked, in the staff member's language; the earlier import's day in the shop's calendar. */
async function refusalText(filename: string, error: ImportRefusal): Promise<string> {
  if (error.kind === 'invalid_file') return manageText('bankFileInvalid', { filename, count: error.errors.length });
  const [{ timeZone }, locale] = await Promise.all([getDashboardSettings(), requestLocale()]);
  return manageText('bankFileAlreadyImported', { date: formatDate(error.importedAt.toISOString(), timeZone, { locale }), filename: error.filename });
}

/**
 * Merchant staff only: imports an uploaded bank statement (see importBankFile). A file that does
 * not parse is answered with every line and reason; the same file twice with when it was
 * imported. Either way nothing is booked.
 */
export const importBankFileAction = merchantAction(
  {
    to: 'import bank files',
    permission: 'payments:write',
    schema: bankFileUploadSchema,
    form: (formData) => ({ input: { file: formData.get('file') }, values: {} }),
    invalid: 'first',
    revalidate: ['/dashboard/payments/bank-imports', '/dashboard/payments/unmatched', '/dashboard/invoices'],
  },
  async ({ file }, { viewer }): Promise<BankImportFormState> => {
    const content = decodeBankFile(new Uint8Array(await file.arrayBuffer()));
    const imported = await importBankFile({ filename: file.name, content, importedBy: viewer.userId, now: new Date() });
    if (!imported.ok) {
      const { error } = imported;
      const text = await refusalText(file.name, error);
      if (error.kind !== 'invalid_file') return { error: text };
      // Each line's reason is coded (or English, for a reason not coded yet): worded for the staff member.
      const locale = await requestLocale();
      return { error: text, lineErrors: error.errors.map(({ line, reason }) => ({ line, reason: bankNoteText(locale, reason) })) };
    }
    return { notice: await importedNotice(file.name, imported.value.counts, imported.value.statements), counts: imported.value.counts };
  },
);
