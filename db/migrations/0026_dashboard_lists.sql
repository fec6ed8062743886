-- The dashboard's search uses trigram indexes (pg_trgm). A trusted extension since PostgreSQL 13
-- (a database owner may create it), bundled with the embedded database; where it cannot be
-- created the search still works, as a scan, and the trigram indexes are left out.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN others THEN
  RAISE NOTICE 'pg_trgm is not available (%): the dashboard search runs without trigram indexes', SQLERRM;
END $$;--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "customers_name_trgm_idx" ON "customers" USING gin ("name" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "customers_email_trgm_idx" ON "customers" USING gin ("email" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "invoices_number_trgm_idx" ON "invoices" USING gin ("number" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "invoices_payment_reference_trgm_idx" ON "invoices" USING gin ("payment_reference" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "payments_reference_trgm_idx" ON "payments" USING gin ("reference" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "payments_provider_payment_id_trgm_idx" ON "payments" USING gin ("provider_payment_id" gin_trgm_ops);
  END IF;
END $$;--> statement-breakpoint
CREATE INDEX "subscriptions_started_at_id_idx" ON "subscriptions" USING btree ("started_at","id");--> statement-breakpoint
CREATE INDEX "payments_settled_at_id_idx" ON "payments" USING btree ("settled_at","id");--> statement-breakpoint
CREATE INDEX "invoices_open_created_at_id_idx" ON "invoices" USING btree ("created_at","id") WHERE "invoices"."status" = 'open';
