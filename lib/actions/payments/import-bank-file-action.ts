'use server';

import { revalidatePath } from 'next/cache';
import { fieldErrorsOf, type ActionState } from '@/lib/actions/action-state';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
import type { BankFileError } from '@/lib/payments/bank-files/types';
import { importBankFile } from '@/lib/services/payments/bank-import/import-bank-file';
import type { BankImportCounts } from '@/lib/services/payments/bank-import/record-statement';
import { bankFileUploadSchema, decodeBankFile } from './bank-file-upload';

/** The upload form's answer: every problem of a file that does not parse, with its line. */
export type BankImportFormState = ActionState & { lineErrors?: BankFileError[]; counts?: BankImportCounts };

function importedNotice(filename: string, counts: BankImportCounts): string {
  const parts = [
    `${counts.matched} paid to invoices`,
    ...(counts.reversals ? [`${counts.reversals} reversed`] : []),
    `${counts.unmatched} left to match by hand`,
    ...(counts.duplicates ? [`${counts.duplicates} already imported from an earlier file`] : []),
  ];
  return `Imported ${filename}: ${counts.entries} ${counts.entries === 1 ? 'entry' : 'entries'}; ${parts.join(', ')}.`;
}

/**
 * Merchant staff only: imports an uploaded bank statement (see importBankFile). A file that does
 * not parse is answered with every line and reason; the same file twice with when it was
 * imported. Either way nothing is booked.
 */
export async function importBankFileAction(_prev: BankImportFormState, formData: FormData): Promise<BankImportFormState> {
  const viewer = await getViewer();
  if (!viewer || !isMerchant(viewer)) return { error: 'Only the shop’s staff can import bank files. Sign in again.' };
  const parsed = bankFileUploadSchema.safeParse({ file: formData.get('file') });
  if (!parsed.success) {
    const state = fieldErrorsOf(parsed.error);
    return { ...state, error: state.fieldErrors?.file ?? state.error };
  }
  const { file } = parsed.data;
  const content = decodeBankFile(new Uint8Array(await file.arrayBuffer()));

  const imported = await importBankFile({ filename: file.name, content, importedBy: viewer.userId, now: new Date() });
  if (!imported.ok) {
    const { error } = imported;
    return error.kind === 'invalid_file' ? { error: error.message, lineErrors: error.errors } : { error: error.message };
  }
  revalidatePath('/dashboard/payments/bank-imports');
  revalidatePath('/dashboard/payments/unmatched');
  revalidatePath('/dashboard/invoices');
  return { notice: importedNotice(file.name, imported.value.counts), counts: imported.value.counts };
}
