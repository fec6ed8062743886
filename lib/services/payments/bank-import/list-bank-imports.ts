import { desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { bankImports, bankTransactions, users, type BankImport } from '@/db/schema';

/** One imported file as the dashboard lists it; plain data, dates as ISO strings. */
export type BankImportRow = {
  id: string;
  filename: string;
  format: BankImport['format'];
  statementId: string;
  accountIban: string | null;
  importedAt: string;
  /** Who uploaded it (their e-mail), when known. */
  importedBy: string | null;
  entries: number;
  /** Credits paid and reversals applied, at import or since by hand. */
  matched: number;
  /** Waiting in the queue. */
  unmatched: number;
  ignored: number;
  /** Entries skipped because an earlier file already held them. */
  duplicates: number;
};

const LIMIT = 200;

/**
 * The latest imports, newest first, with what became of their entries now (the queue moves
 * entries from unmatched to matched or ignored after the import).
 *
 * NOTE: duplicates are not stored (that is the point); they are the entries of the file that
 * have no row of this import.
 */
export async function listBankImports(): Promise<BankImportRow[]> {
  const count = (status: 'matched' | 'unmatched' | 'ignored') =>
    sql<number>`count(${bankTransactions.id}) filter (where ${bankTransactions.status} = ${status})::int`;
  const rows = await db
    .select({
      id: bankImports.id,
      filename: bankImports.filename,
      format: bankImports.format,
      statementId: bankImports.statementId,
      accountIban: bankImports.accountIban,
      importedAt: bankImports.importedAt,
      importedBy: sql<string | null>`coalesce(${users.email}, ${bankImports.importedBy})`,
      entries: bankImports.entryCount,
      stored: sql<number>`count(${bankTransactions.id})::int`,
      matched: count('matched'),
      unmatched: count('unmatched'),
      ignored: count('ignored'),
    })
    .from(bankImports)
    .leftJoin(bankTransactions, eq(bankTransactions.importId, bankImports.id))
    .leftJoin(users, eq(users.id, bankImports.importedBy))
    .groupBy(bankImports.id, users.email)
    .orderBy(desc(bankImports.importedAt), desc(bankImports.id))
    .limit(LIMIT);
  return rows.map(({ stored, ...row }) => ({
    ...row,
    importedAt: row.importedAt.toISOString(),
    duplicates: row.entries - stored,
  }));
}
