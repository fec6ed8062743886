CREATE TABLE "early_provider_events" (
	"provider" text NOT NULL,
	"provider_payment_id" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "early_provider_events_provider_provider_payment_id_pk" PRIMARY KEY("provider","provider_payment_id")
);
--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "provider_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "provider_checked_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "early_provider_events_received_at_idx" ON "early_provider_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "payments_pending_provider_idx" ON "payments" USING btree ("created_at") WHERE "payments"."status" = 'pending' and "payments"."provider" <> 'none';