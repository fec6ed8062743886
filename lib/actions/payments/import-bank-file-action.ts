'use server';

import type { ActionState } from '@/lib/actions/action-state';
import { merchantAction } from '@/lib/actions/safe-action';
import type { BankFileError } from '@/lib/payments/bank-files/types';
import { importBankFile, type ImportedStatement } from '@/lib/services/payments/bank-import/import-bank-file';
import type { BankImportCounts } from '@/lib/services/payments/bank-import/record-statement';
import { bankFileUploadSchema, decodeBankFile } from './bank-file-upload';

/** The upload form's answer: every problem of a file that does not parse, with its line. */
export type BankImportFormState = ActionState & { lineErrors?: BankFileError[]; counts?: BankImportCounts };

function importedNotice(filename: string, counts: BankImportCounts, statements: ImportedStatement[]): string {
  const parts = [
    `${counts.matched} paid to invoices`,
    ...(counts.reversals ? [`${counts.reversals} reversed`] : []),
    `${counts.unmatched} left to match by hand`,
    ...(counts.duplicates ? [`${counts.duplicates} already imported from an earlier file`] : []),
  ];
  const several =
    statements.length > 1
      ? ` ${statements.length} statements (${statements.map((s) => `${s.statementId}${s.accountIban ? ` on ${s.accountIban}` : ''}`).join('; ')});`
      : '';
  return `Imported ${filename}:${several} ${counts.entries} ${counts.entries === 1 ? 'entry' : 'entries'}; ${parts.join(', ')}.`;
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
      return error.kind === 'invalid_file' ? { error: error.message, lineErrors: error.errors } : { error: error.message };
    }
    return { notice: importedNotice(file.name, imported.value.counts, imported.value.statements), counts: imported.value.counts };
  },
);
