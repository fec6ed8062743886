ALTER TABLE "orders" ADD COLUMN "invoice_access" text;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "invoice_access" text DEFAULT 'order' NOT NULL;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "credit_check_url" text;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "credit_check_timeout_ms" integer DEFAULT 3000 NOT NULL;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "credit_check_fallback" text DEFAULT 'allow_after_payment' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_invoice_access_check" CHECK ("orders"."invoice_access" in ('order', 'payment'));--> statement-breakpoint
ALTER TABLE "shop_settings" ADD CONSTRAINT "shop_settings_invoice_access_check" CHECK ("shop_settings"."invoice_access" in ('order', 'payment'));--> statement-breakpoint
ALTER TABLE "shop_settings" ADD CONSTRAINT "shop_settings_credit_check_timeout_ms_check" CHECK ("shop_settings"."credit_check_timeout_ms" between 500 and 30000);--> statement-breakpoint
ALTER TABLE "shop_settings" ADD CONSTRAINT "shop_settings_credit_check_fallback_check" CHECK ("shop_settings"."credit_check_fallback" in ('allow', 'allow_after_payment', 'refuse'));