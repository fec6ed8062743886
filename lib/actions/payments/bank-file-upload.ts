import { z } from 'zod';

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

export const bankFileUploadSchema = z.object({
  file: z
    .instanceof(File, { error: 'Choose the bank file to import.' })
    .refine((file) => file.size > 0, { error: 'Choose the bank file to import (the file is empty).' })
    .refine((file) => file.size <= BANK_FILE_MAX_BYTES, {
      error: `The file is larger than ${BANK_FILE_MAX_BYTES / 1024} KB: export a shorter period from your bank.`,
    })
    .refine((file) => BANK_FILE_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext)), {
      error: 'Upload a camt.053 statement (.xml) or a Nets OCR giro file (.txt).',
    }),
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
