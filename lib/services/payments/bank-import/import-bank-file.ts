import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { bankImports, type BankImport } from '@/db/schema';
import { parseBankFile } from '@/lib/payments/bank-files/parse-bank-file';
import type { BankFileError, ParsedStatement } from '@/lib/payments/bank-files/types';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { isUniqueViolation } from '@/lib/services/db-errors';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import type { AppliedPayment } from '../apply-payment';
import { afterMoneyRecorded } from '../after-money-recorded';
import { shopDate } from '../payment-instant';
import { recordStatement, type BankImportCounts } from './record-statement';

export type ImportedStatement = {
  importId: string;
  statementId: string;
  accountIban: string | null;
  counts: BankImportCounts;
};

export type ImportedBankFile = {
  format: ParsedStatement['format'];
  /** Each statement of the file, in file order, booked against its own account. */
  statements: ImportedStatement[];
  /** The statements' counts added up. */
  counts: BankImportCounts;
};

export type ImportRefusal =
  | { kind: 'already_imported'; message: string; importId: string; importedAt: Date; filename: string }
  | { kind: 'invalid_file'; message: string; errors: BankFileError[] };

export type ImportBankFileResult = { ok: true; value: ImportedBankFile } | { ok: false; error: ImportRefusal };

function addCounts(all: BankImportCounts[]): BankImportCounts {
  const total: BankImportCounts = { entries: 0, matched: 0, reversals: 0, unmatched: 0, duplicates: 0 };
  for (const counts of all) for (const key of Object.keys(total) as (keyof BankImportCounts)[]) total[key] += counts[key];
  return total;
}

export function fileSha256(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

async function importWithSha(sha: string): Promise<BankImport | null> {
  const [row] = await db.select().from(bankImports).where(eq(bankImports.fileSha256, sha)).limit(1);
  return row ?? null;
}

function alreadyImported(earlier: BankImport, timeZone: string): ImportBankFileResult {
  return {
    ok: false,
    error: {
      kind: 'already_imported',
      message: `This file was already imported on ${shopDate(earlier.importedAt, timeZone)} (as ${earlier.filename}); nothing was changed.`,
      importId: earlier.id,
      importedAt: earlier.importedAt,
      filename: earlier.filename,
    },
  };
}

/**
 * Imports a bank statement the merchant uploaded (camt.053 or Nets OCR giro): credits are paid
 * to the invoices their references name, reversals take payments back, and the rest waits in
 * the merchant's queue with a suggested invoice where one fits.
 *
 * - The same file again (same bytes, by sha256) changes nothing and says when it was imported.
 * - A file that does not parse changes nothing and lists every problem with its line.
 * - Otherwise all of it happens in ONE transaction: a file is imported whole or not at all. A
 *   file with several statements (accounts or days) books each against its own account.
 * After commit the billing engine hears of each paid invoice and each payer gets a receipt.
 */
export async function importBankFile(input: {
  filename: string;
  content: string;
  importedBy: string | null;
  now: Date;
}): Promise<ImportBankFileResult> {
  const sha = fileSha256(input.content);
  const { timeZone } = await getShopSettings(db);
  const earlier = await importWithSha(sha);
  if (earlier) return alreadyImported(earlier, timeZone);

  const parsed = parseBankFile(input.content);
  if (!parsed.ok) {
    const count = parsed.errors.length === 1 ? 'a problem' : `${parsed.errors.length} problems`;
    return {
      ok: false,
      error: { kind: 'invalid_file', message: `${input.filename} was not imported: it has ${count}.`, errors: parsed.errors },
    };
  }

  let recorded: { statements: ImportedStatement[]; applied: AppliedPayment[] };
  try {
    recorded = await db.transaction(async (tx) => {
      const statements: ImportedStatement[] = [];
      const applied: AppliedPayment[] = [];
      // Each statement against its own account, in order; an entry seen before on the same
      // account (an overlapping statement, in this file or an earlier one) is skipped.
      for (const [statementIndex, parsedStatement] of parsed.statements.entries()) {
        const statement = await recordStatement(tx, {
          statement: parsedStatement,
          statementIndex,
          filename: input.filename,
          fileSha256: sha,
          importedBy: input.importedBy,
          now: input.now,
          timeZone,
        });
        if (input.importedBy) {
          await recordAudit(tx, {
            actorUserId: input.importedBy,
            action: 'bank-file.import',
            record: { type: 'bank-import', id: statement.importId },
            before: null,
            after: { filename: input.filename, fileSha256: sha, statementId: parsedStatement.statementId, counts: statement.counts },
          });
        }
        statements.push({
          importId: statement.importId,
          statementId: parsedStatement.statementId,
          accountIban: parsedStatement.accountIban,
          counts: statement.counts,
        });
        applied.push(...statement.applied);
      }
      return { statements, applied };
    });
  } catch (error) {
    // The same file uploaded twice at once: the second waits for the first, then loses the race.
    if (isUniqueViolation(error, 'bank_imports_file_statement_key')) {
      const winner = await importWithSha(sha);
      if (winner) return alreadyImported(winner, timeZone);
    }
    throw error;
  }
  await afterMoneyRecorded(recorded.applied);
  return {
    ok: true,
    value: {
      format: parsed.statements[0]!.format,
      statements: recorded.statements,
      counts: addCounts(recorded.statements.map((statement) => statement.counts)),
    },
  };
}
