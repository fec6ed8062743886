ALTER TABLE "plans" ADD COLUMN "tax_class" text DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "tax_class" text DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD COLUMN "vat_category" text;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "vat_notes" jsonb;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "vat_evidence" jsonb;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "vat_oss_registered" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_note_lines" ADD COLUMN "vat_category" text;--> statement-breakpoint
ALTER TABLE "credit_notes" ADD COLUMN "vat_notes" jsonb;--> statement-breakpoint
-- A plan or product at 0 % was invoiced as zero-rated (Z) so far: keep it so.
UPDATE "plans" SET "tax_class" = 'zero' WHERE "tax_rate_bp" = 0;--> statement-breakpoint
UPDATE "products" SET "tax_class" = 'zero' WHERE "tax_rate_bp" = 0;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_tax_class_check" CHECK ("tax_class" in ('standard', 'reduced', 'zero', 'exempt'));--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_tax_class_check" CHECK ("tax_class" in ('standard', 'reduced', 'zero', 'exempt'));--> statement-breakpoint
CREATE INDEX "invoices_issued_at_id_idx" ON "invoices" USING btree ("issued_at","id");--> statement-breakpoint
CREATE INDEX "credit_notes_issued_at_id_idx" ON "credit_notes" USING btree ("issued_at","id");