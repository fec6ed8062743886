CREATE TABLE "mrr_spans" (
	"subscription_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"amount_minor" bigint NOT NULL,
	"from_at" timestamp with time zone NOT NULL,
	"to_at" timestamp with time zone,
	CONSTRAINT "mrr_spans_pkey" PRIMARY KEY("subscription_id","currency","from_at")
);
--> statement-breakpoint
ALTER TABLE "mrr_spans" ADD CONSTRAINT "mrr_spans_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mrr_spans" ADD CONSTRAINT "mrr_spans_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mrr_spans_currency_amount_idx" ON "mrr_spans" USING btree ("currency","amount_minor" DESC NULLS LAST,"subscription_id");--> statement-breakpoint
CREATE INDEX "customers_test_clock_id_idx" ON "customers" USING btree ("test_clock_id") WHERE "customers"."test_clock_id" is not null;--> statement-breakpoint
-- Rebuilds the spans of the given subscriptions from their whole ledger: per currency, one span
-- per distinct occurred_at, holding the sum of the movements up to and including it, until the
-- next one. The movements of one instant count together (a month's end reads `occurred_at < end`).
-- The customer is that of the latest movement: a subscription's movements all carry its customer.
CREATE FUNCTION "mrr_spans_rebuild"(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  delete from mrr_spans where subscription_id = any(ids);
  insert into mrr_spans (subscription_id, customer_id, currency, amount_minor, from_at, to_at)
  select subscription_id, customer_id, currency, amount, at, lead(at) over (partition by subscription_id, currency order by at)
  from (
    select m.subscription_id, m.currency, m.occurred_at as at,
      (array_agg(m.customer_id order by m.id desc))[1] as customer_id,
      (sum(sum(m.delta_minor)) over (partition by m.subscription_id, m.currency order by m.occurred_at))::bigint as amount
    from mrr_movements m
    where m.subscription_id = any(ids)
    group by m.subscription_id, m.currency, m.occurred_at
  ) x;
$$;
--> statement-breakpoint
CREATE FUNCTION "mrr_movements_spans"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM mrr_spans_rebuild(array(select distinct subscription_id from new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM mrr_spans_rebuild(array(select distinct subscription_id from old_rows));
  ELSE
    PERFORM mrr_spans_rebuild(array(select subscription_id from new_rows union select subscription_id from old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "mrr_movements_spans_insert" AFTER INSERT ON "mrr_movements" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mrr_movements_spans();
--> statement-breakpoint
CREATE TRIGGER "mrr_movements_spans_update" AFTER UPDATE ON "mrr_movements" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mrr_movements_spans();
--> statement-breakpoint
CREATE TRIGGER "mrr_movements_spans_delete" AFTER DELETE ON "mrr_movements" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mrr_movements_spans();
--> statement-breakpoint
-- The spans of the ledger as it stands.
SELECT mrr_spans_rebuild(array(select distinct subscription_id from mrr_movements));
--> statement-breakpoint
ANALYZE "mrr_spans";
