ALTER TABLE "payments" ADD COLUMN "card_country" char(2);--> statement-breakpoint
ALTER TABLE "test_provider_payments" ADD COLUMN "card_country" text;