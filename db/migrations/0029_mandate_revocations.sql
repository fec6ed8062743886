CREATE TABLE "mandate_revocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"mandate_ref" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"outcome" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "mandate_revocations_provider_mandate_key" ON "mandate_revocations" USING btree ("provider","mandate_ref");--> statement-breakpoint
CREATE INDEX "mandate_revocations_due_idx" ON "mandate_revocations" USING btree ("next_attempt_at") WHERE "mandate_revocations"."done_at" is null;