import { bigserial, char, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';

/**
 * The shop's legal identity as it stood from `validFrom` on: who issues the invoices. Append-only
 * versions, never updated: a document shows the version in force on its issue date, so moving
 * office or changing bank account never rewrites an invoice already sent (an invoice is a record
 * of what was issued, the same as its frozen customer snapshot).
 */
export const sellerIdentities = pgTable(
  'seller_identities',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    validFrom: timestamp({ withTimezone: true }).notNull().defaultNow(),
    legalName: text().notNull(),
    /** "Aksjeselskap", "B.V.", "GmbH": printed with the name where the law asks for it. */
    legalForm: text(),
    addressLine1: text().notNull(),
    addressLine2: text(),
    postalCode: text().notNull(),
    city: text().notNull(),
    country: char({ length: 2 }).notNull(),
    /** Normalised (NO123456789MVA, NL805792461B01); null for a seller outside VAT. */
    vatId: text(),
    organisationNumber: text(),
    /** ICD scheme of the Peppol participant id (0192 Norwegian org. no., 0106 KvK, 0208 BE, 9930 DE VAT...). */
    peppolScheme: text(),
    peppolValue: text(),
    contactEmail: text().notNull(),
    contactPhone: text(),
    /** Where customers pay by transfer: an IBAN (with BIC), or a domestic account number (Norway). */
    iban: text(),
    bic: text(),
    domesticAccount: text(),
    /**
     * The SEPA creditor identifier (NL08ZZZ502057730000, DE98ZZZ09999999999): who collects SEPA
     * direct debits, printed in the mandate text and the debit's pre-notification. Normalised:
     * compact, upper case; null for a seller that collects no direct debits.
     */
    sepaCreditorId: text(),
    createdBy: text().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('seller_identities_valid_from_idx').on(t.validFrom)],
);

export type SellerIdentityRow = typeof sellerIdentities.$inferSelect;
