ALTER TABLE "invoices" ADD COLUMN "prices_include_vat" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "prices_include_vat" boolean DEFAULT true NOT NULL;