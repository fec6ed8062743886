'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { BANK_FILE_EXTENSIONS, BANK_FILE_MAX_BYTES } from '@/lib/actions/payments/bank-file-upload';
import { importBankFileAction, type BankImportFormState } from '@/lib/actions/payments/import-bank-file-action';
import { fillTemplate } from '@/lib/i18n/fill-template';
import { paymentsTestIds } from '../payments-test-ids';
import type { BankImportFormTexts } from './bank-import-form-texts';

const initialState: BankImportFormState = {};

/**
 * Upload of one bank statement. The size is checked here first so a too-large file is answered
 * at once instead of being cut off by the server's body limit; the action checks it again.
 */
export function BankImportForm({ texts }: { texts: BankImportFormTexts }) {
  const [state, action] = useActionState(importBankFileAction, initialState);
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement | null;
    const file = input?.files?.[0];
    if (file && file.size > BANK_FILE_MAX_BYTES) {
      event.preventDefault();
      setTooLarge(fillTemplate(texts.tooLarge, { name: file.name }));
    } else {
      setTooLarge(null);
    }
  }

  const shown: BankImportFormState = tooLarge ? { error: tooLarge } : state;
  return (
    <form action={action} onSubmit={checkSize} className="stack">
      <FormAlert state={shown} testId={paymentsTestIds.bankFileError} />
      {!tooLarge && state.lineErrors?.length ? (
        <table data-testid={paymentsTestIds.bankFileLineErrors}>
          <thead>
            <tr>
              <th className="num">{texts.line}</th>
              <th>{texts.problem}</th>
            </tr>
          </thead>
          <tbody>
            {state.lineErrors.map((problem, i) => (
              <tr key={i}>
                <td className="num">{problem.line}</td>
                <td>{problem.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <label>
        {texts.file}
        <input
          type="file"
          name="file"
          accept={BANK_FILE_EXTENSIONS.join(',')}
          required
          data-testid={paymentsTestIds.bankFileInput}
        />
      </label>
      <div>
        <SubmitButton testId={paymentsTestIds.bankFileSubmit}>{texts.import}</SubmitButton>
      </div>
    </form>
  );
}
