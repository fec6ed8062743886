CREATE INDEX "subscriptions_last_error_at_id_idx" ON "subscriptions" USING btree (coalesce(last_error_at, '-infinity'::timestamptz),"id") WHERE "subscriptions"."last_error" is not null;--> statement-breakpoint
-- The outbox's search by trigram indexes, as 0026_dashboard_lists made them: only where pg_trgm
-- could be created (the search works without them, as a scan).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "email_outbox_to_address_trgm_idx" ON "email_outbox" USING gin ("to_address" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "email_outbox_subject_trgm_idx" ON "email_outbox" USING gin ("subject" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "email_outbox_template_trgm_idx" ON "email_outbox" USING gin ("template" gin_trgm_ops);
  END IF;
END $$;
