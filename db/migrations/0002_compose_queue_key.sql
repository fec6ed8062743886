DROP INDEX "email_compose_queue_dedupe_key_key";--> statement-breakpoint
ALTER TABLE "email_compose_queue" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "email_compose_queue" ADD PRIMARY KEY ("dedupe_key");
