CREATE TABLE "chargeback_polls" (
	"provider" text PRIMARY KEY NOT NULL,
	"polled_through" timestamp with time zone,
	"next_poll_at" timestamp with time zone NOT NULL,
	"last_polled_at" timestamp with time zone,
	"last_found" integer DEFAULT 0 NOT NULL,
	"last_recorded" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
ALTER TABLE "test_provider_payments" ADD COLUMN "charged_back_at" timestamp with time zone;