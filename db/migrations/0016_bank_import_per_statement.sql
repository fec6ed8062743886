DROP INDEX "bank_imports_file_sha256_key";--> statement-breakpoint
ALTER TABLE "bank_imports" ADD COLUMN "statement_index" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "bank_imports_file_statement_key" ON "bank_imports" USING btree ("file_sha256","statement_index");