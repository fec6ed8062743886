ALTER TABLE "payments" ADD COLUMN "reversal_code" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "chargeback_fee_minor" bigint;