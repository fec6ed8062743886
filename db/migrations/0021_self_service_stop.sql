ALTER TABLE "subscriptions" ADD COLUMN "stop_reason" text;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "stop_reason_note" text;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "stop_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "customers_can_stop" boolean DEFAULT true NOT NULL;