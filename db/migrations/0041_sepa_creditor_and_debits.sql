ALTER TABLE "payments" ADD COLUMN "account_masked" text;--> statement-breakpoint
ALTER TABLE "seller_identities" ADD COLUMN "sepa_creditor_id" text;