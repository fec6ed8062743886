ALTER TABLE "customers" ADD COLUMN "can_stop_now" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "early_exit_of" uuid;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "customers_can_stop_now" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "early_exit_fee" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "early_exit_fee_amounts" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_early_exit_of_subscriptions_id_fk" FOREIGN KEY ("early_exit_of") REFERENCES "public"."subscriptions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_early_exit_of_key" ON "invoices" USING btree ("early_exit_of") WHERE "invoices"."early_exit_of" is not null;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD CONSTRAINT "shop_settings_early_exit_fee_check" CHECK ("shop_settings"."early_exit_fee" in ('none', 'fixed', 'rest_of_commitment'));