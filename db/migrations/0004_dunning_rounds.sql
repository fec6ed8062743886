ALTER TABLE "invoices" ADD COLUMN "dunning_round" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "dunning_from" timestamp with time zone;