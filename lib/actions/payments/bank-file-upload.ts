import { z } from 'zod';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';

/**
 * The largest bank file the upload takes.
 *
 * NOTE: kept under Next.js's 1 MB default body limit for server actions (the multipart framing
 * needs the rest): a bigger upload would be cut off by Next before the action could answer it.
 * That is a few hundred camt.053 entries, a month of a small shop; raising it means raising
 * `experimental.serverActions.bodySizeLimit` in next.config.ts too.
 */
export const BANK_FILE_MAX_BYTES = 900 * 1024;
export const BANK_FILE_EXTENSIONS = ['.xml', '.txt'] as const;

/** Refusals are dashboard.manage.messages codes, worded for the staff member by the action wrapper. */
export const bankFileUploadSchema = z.object({
  file: z
    .instanceof(File, { error: manageCode('bankFileRequired') })
    .refine((file) => file.size > 0, { error: manageCode('bankFileEmpty') })
    .refine((file) => file.size <= BANK_FILE_MAX_BYTES, { error: manageMessage('bankFileTooLarge', { kb: BANK_FILE_MAX_BYTES / 1024 }) })
    .refine((file) => BANK_FILE_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext)), { error: manageCode('bankFileKind') }),
});

/**
 * The text of an uploaded bank file: UTF-8 when the bytes are valid UTF-8 (camt.053 always is, in
 * practice), otherwise ISO-8859-1, which is what Nets sends OCR giro files in.
 */
export function decodeBankFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}
