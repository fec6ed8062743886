-- camt.053 files with several statements: one bank_imports row per statement of a file.
DROP INDEX "bank_imports_file_sha256_key";--> statement-breakpoint
ALTER TABLE "bank_imports" ADD COLUMN "statement_index" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "bank_imports_file_statement_key" ON "bank_imports" USING btree ("file_sha256","statement_index");--> statement-breakpoint
-- Coupons: a per-customer redemption limit.
ALTER TABLE "coupons" ADD COLUMN "max_redemptions_per_customer" integer;--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_max_per_customer_check" CHECK ("coupons"."max_redemptions_per_customer" is null or "coupons"."max_redemptions_per_customer" > 0);--> statement-breakpoint
-- Pay links expire after the shop's validity.
ALTER TABLE "shop_settings" ADD COLUMN "pay_link_valid_days" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD CONSTRAINT "shop_settings_pay_link_valid_days_check" CHECK ("shop_settings"."pay_link_valid_days" between 1 and 366);--> statement-breakpoint
-- A pay-link payment saves its mandate for autopay only when the payer chose so.
ALTER TABLE "payments" ADD COLUMN "save_mandate" boolean DEFAULT true NOT NULL;
