CREATE TYPE "public"."customer_type" AS ENUM('consumer', 'business');--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "customer_type" "customer_type" DEFAULT 'consumer' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "organisation_number" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "peppol_scheme" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "peppol_id" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "wants_einvoice" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "sign_in_by_link_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Customers registered with a company or VAT id were treated as businesses before the column existed.
UPDATE "customers" SET "customer_type" = 'business' WHERE "company_name" IS NOT NULL OR "vat_id" IS NOT NULL;
