CREATE TABLE "dashboard_totals" (
	"day" date NOT NULL,
	"test_clock_id" uuid,
	"currency" char(3) NOT NULL,
	"figure" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "dashboard_totals_figure_check" CHECK ("dashboard_totals"."figure" in ('invoiced', 'received', 'mrr_new', 'mrr_expansion', 'mrr_contraction', 'mrr_churn', 'mrr_reactivation', 'subscribers'))
);
--> statement-breakpoint
CREATE TABLE "mrr_crossings" (
	"customer_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"from_sign" smallint NOT NULL,
	"to_sign" smallint NOT NULL,
	CONSTRAINT "mrr_crossings_customer_id_currency_at_pk" PRIMARY KEY("customer_id","currency","at"),
	CONSTRAINT "mrr_crossings_signs_check" CHECK ("mrr_crossings"."from_sign" in (-1, 0, 1) and "mrr_crossings"."to_sign" in (-1, 0, 1) and "mrr_crossings"."from_sign" <> "mrr_crossings"."to_sign")
);
--> statement-breakpoint
ALTER TABLE "mrr_crossings" ADD CONSTRAINT "mrr_crossings_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dashboard_totals_scope_day_idx" ON "dashboard_totals" USING btree ("test_clock_id","day");--> statement-breakpoint
CREATE INDEX "mrr_crossings_at_idx" ON "mrr_crossings" USING btree ("at");--> statement-breakpoint
CREATE INDEX "mrr_crossings_to_none_at_idx" ON "mrr_crossings" USING btree ("at") WHERE "mrr_crossings"."to_sign" = 0;--> statement-breakpoint
-- What each row of invoices, payments and mrr_movements adds to dashboard_totals, written by
-- statement-level triggers over the statement's transition tables (`new_rows`, `old_rows`): the new
-- rows' contributions less the old rows', summed per day, scope, currency and figure, zero sums left
-- out. One trigger function per table, made here from its figure, the instant that dates a row,
-- the amount and which rows count: the same definitions as the passes over the rows in
-- db/queries/dashboard (scan-invoiced-between and the others).
-- NOTE: static SQL in each function (built once, here), not EXECUTE at every statement: plpgsql
-- keeps the plans, and a single-row UPDATE costs a few hundredths of a millisecond more instead of
-- most of a millisecond (3,000 payment updates: 0.51 s against 0.34 s without, 2.4 s with EXECUTE).
-- NOTE: rows whose customer is gone are left out: a customer is deleted with its rows, and its
-- BEFORE DELETE trigger below has already taken their sums out.
DO $do$
DECLARE
  t record;
  part text := 'select customer_id, currency, (%s at time zone ''UTC'')::date as day, %s as figure, %s as amount, %s as n from %s where %s';
  ins text := 'insert into dashboard_totals (day, test_clock_id, currency, figure, amount_minor, count)
      select d.day, c.test_clock_id, d.currency, d.figure, sum(d.amount), sum(d.n)
      from (%s) d join customers c on c.id = d.customer_id
      group by d.day, c.test_clock_id, d.currency, d.figure
      having sum(d.amount) <> 0 or sum(d.n) <> 0';
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('invoices', '''invoiced''::text', 'issued_at', 'total_minor', 'status in (''open'', ''paid'', ''uncollectible'') and issued_at is not null'),
    ('payments', '''received''::text', 'settled_at', 'amount_minor', 'status = ''paid'' and source <> ''balance'' and settled_at is not null'),
    ('mrr_movements', '''mrr_'' || kind', 'occurred_at', 'delta_minor', 'true')
  ) AS v(tbl, figure, at, amount, cond) LOOP
    EXECUTE format(
      'CREATE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF TG_OP = ''INSERT'' THEN
          %s;
        ELSIF TG_OP = ''DELETE'' THEN
          %s;
        ELSE
          %s;
        END IF;
        RETURN NULL;
      END $f$',
      t.tbl || '_dashboard_totals',
      format(ins, format(part, t.at, t.figure, t.amount, '1', 'new_rows', t.cond)),
      format(ins, format(part, t.at, t.figure, '-' || t.amount, '-1', 'old_rows', t.cond)),
      format(ins, format(part, t.at, t.figure, t.amount, '1', 'new_rows', t.cond) || ' union all ' || format(part, t.at, t.figure, '-' || t.amount, '-1', 'old_rows', t.cond)));
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      t.tbl || '_dashboard_totals_insert', t.tbl, t.tbl || '_dashboard_totals');
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      t.tbl || '_dashboard_totals_update', t.tbl, t.tbl || '_dashboard_totals');
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      t.tbl || '_dashboard_totals_delete', t.tbl, t.tbl || '_dashboard_totals');
  END LOOP;
END $do$;
--> statement-breakpoint
-- One customer's contributions, in a scope and with a sign: taken out when the customer is deleted
-- (before its rows go with it) and moved when it joins or leaves a test clock.
CREATE FUNCTION "dashboard_totals_move_customer"(cid uuid, clock uuid, sign int) RETURNS void LANGUAGE sql AS $$
  insert into dashboard_totals (day, test_clock_id, currency, figure, amount_minor, count)
  select day, clock, currency, figure, sign * sum(amount), sign * count(*)
  from (
    select (issued_at at time zone 'UTC')::date as day, currency, 'invoiced' as figure, total_minor as amount
    from invoices where customer_id = cid and status in ('open', 'paid', 'uncollectible') and issued_at is not null
    union all
    select (settled_at at time zone 'UTC')::date, currency, 'received', amount_minor
    from payments where customer_id = cid and status = 'paid' and source <> 'balance' and settled_at is not null
    union all
    select (occurred_at at time zone 'UTC')::date, currency, 'mrr_' || kind, delta_minor
    from mrr_movements where subscription_id in (select id from subscriptions where customer_id = cid) and customer_id = cid
    union all
    select (at at time zone 'UTC')::date, currency, 'subscribers', (to_sign = 1)::int - (from_sign = 1)::int
    from mrr_crossings where customer_id = cid
  ) d
  group by day, currency, figure
$$;
--> statement-breakpoint
CREATE FUNCTION "dashboard_totals_customer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_totals_move_customer(OLD.id, OLD.test_clock_id, -1);
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  PERFORM dashboard_totals_move_customer(NEW.id, NEW.test_clock_id, 1);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "customers_dashboard_totals_delete" BEFORE DELETE ON "customers" FOR EACH ROW EXECUTE FUNCTION dashboard_totals_customer();
--> statement-breakpoint
CREATE TRIGGER "customers_dashboard_totals_clock" AFTER UPDATE OF "test_clock_id" ON "customers" FOR EACH ROW
  WHEN (OLD.test_clock_id IS DISTINCT FROM NEW.test_clock_id) EXECUTE FUNCTION dashboard_totals_customer();
--> statement-breakpoint
-- Folds the rows into one per day, scope, currency and figure (those with more than one), and
-- drops sums of zero. Safe beside writers and another compaction: it deletes only the rows it
-- sums, and sums only the rows it deleted (rows added meanwhile stay as they are).
CREATE FUNCTION "dashboard_totals_compact"() RETURNS void LANGUAGE sql AS $$
  with folded as (
    select day, test_clock_id, currency, figure from dashboard_totals
    group by day, test_clock_id, currency, figure
    having count(*) > 1 or sum(amount_minor) = 0 and sum(count) = 0
  ), gone as (
    delete from dashboard_totals t using folded f
    where t.day = f.day and t.test_clock_id is not distinct from f.test_clock_id and t.currency = f.currency and t.figure = f.figure
    returning t.*
  )
  insert into dashboard_totals (day, test_clock_id, currency, figure, amount_minor, count)
  select day, test_clock_id, currency, figure, sum(amount_minor), sum(count)
  from gone group by day, test_clock_id, currency, figure
  having sum(amount_minor) <> 0 or sum(count) <> 0
$$;
--> statement-breakpoint
-- The history so far.
INSERT INTO "dashboard_totals" ("day", "test_clock_id", "currency", "figure", "amount_minor", "count")
SELECT d.day, c.test_clock_id, d.currency, d.figure, sum(d.amount), count(*)
FROM (
  SELECT customer_id, (issued_at AT TIME ZONE 'UTC')::date AS day, currency, 'invoiced' AS figure, total_minor AS amount
  FROM invoices WHERE status IN ('open', 'paid', 'uncollectible') AND issued_at IS NOT NULL
  UNION ALL
  SELECT customer_id, (settled_at AT TIME ZONE 'UTC')::date, currency, 'received', amount_minor
  FROM payments WHERE status = 'paid' AND source <> 'balance' AND settled_at IS NOT NULL
  UNION ALL
  SELECT customer_id, (occurred_at AT TIME ZONE 'UTC')::date, currency, 'mrr_' || kind, delta_minor FROM mrr_movements
) d JOIN customers c ON c.id = d.customer_id
GROUP BY d.day, c.test_clock_id, d.currency, d.figure;
--> statement-breakpoint
-- Recomputes the crossings (mrr_crossings) of the given customers from their whole ledger (the
-- instants at which the sign of the sum of its movements before them changes) and
-- writes the change of the subscriber counts to dashboard_totals ('subscribers'). A customer's
-- crossings depend on all its movements in time order, which may be written out of order, so
-- they are derived again rather than patched.
-- NOTE: the customers are locked first (a transaction-level advisory lock each, in one order;
-- a statement of more than 1,000 customers, a bulk load, locks the table instead), and every
-- statement after that reads the ledger as committed then: two transactions writing movements of
-- one customer cannot both derive its crossings from a ledger without the other's rows.
CREATE FUNCTION "mrr_crossings_refresh"(affected uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  h bigint;
BEGIN
  IF affected IS NULL OR cardinality(affected) = 0 THEN
    RETURN;
  END IF;
  IF cardinality(affected) > 1000 THEN
    LOCK TABLE mrr_crossings IN SHARE ROW EXCLUSIVE MODE;
  ELSE
    FOR h IN SELECT DISTINCT hashtextextended(c::text, 20260) AS k FROM unnest(affected) c ORDER BY k LOOP
      PERFORM pg_advisory_xact_lock(h);
    END LOOP;
  END IF;
  WITH gone AS (DELETE FROM mrr_crossings WHERE customer_id = ANY(affected) RETURNING customer_id, currency, at, from_sign, to_sign)
  INSERT INTO dashboard_totals (day, test_clock_id, currency, figure, amount_minor, count)
  SELECT (g.at AT TIME ZONE 'UTC')::date, c.test_clock_id, g.currency, 'subscribers', -sum((g.to_sign = 1)::int - (g.from_sign = 1)::int), -count(*)
  FROM gone g JOIN customers c ON c.id = g.customer_id
  GROUP BY 1, 2, 3;
  WITH per_instant AS (
    SELECT m.customer_id, m.currency, m.occurred_at AS at, sum(m.delta_minor) AS d
    FROM mrr_movements m
    WHERE m.subscription_id IN (SELECT s.id FROM subscriptions s WHERE s.customer_id = ANY(affected)) AND m.customer_id = ANY(affected)
    GROUP BY 1, 2, 3
  ), balances AS (
    SELECT customer_id, currency, at, d, sum(d) OVER (PARTITION BY customer_id, currency ORDER BY at) AS e FROM per_instant
  ), fresh AS (
    INSERT INTO mrr_crossings (customer_id, currency, at, from_sign, to_sign)
    SELECT b.customer_id, b.currency, b.at, sign(b.e - b.d), sign(b.e)
    FROM balances b
    WHERE sign(b.e) <> sign(b.e - b.d) AND EXISTS (SELECT 1 FROM customers c WHERE c.id = b.customer_id)
    RETURNING customer_id, currency, at, from_sign, to_sign
  )
  INSERT INTO dashboard_totals (day, test_clock_id, currency, figure, amount_minor, count)
  SELECT (f.at AT TIME ZONE 'UTC')::date, c.test_clock_id, f.currency, 'subscribers', sum((f.to_sign = 1)::int - (f.from_sign = 1)::int), count(*)
  FROM fresh f JOIN customers c ON c.id = f.customer_id
  GROUP BY 1, 2, 3;
END $$;
--> statement-breakpoint
CREATE FUNCTION "mrr_crossings_after_movements"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Static SQL per operation (see above): a trigger for INSERT has no old_rows, nor one for DELETE new_rows.
  IF TG_OP = 'INSERT' THEN
    PERFORM mrr_crossings_refresh(array(SELECT DISTINCT customer_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM mrr_crossings_refresh(array(SELECT DISTINCT customer_id FROM old_rows));
  ELSE
    PERFORM mrr_crossings_refresh(array(SELECT customer_id FROM new_rows UNION SELECT customer_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "mrr_movements_crossings_insert" AFTER INSERT ON "mrr_movements" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mrr_crossings_after_movements();
--> statement-breakpoint
CREATE TRIGGER "mrr_movements_crossings_update" AFTER UPDATE ON "mrr_movements" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mrr_crossings_after_movements();
--> statement-breakpoint
CREATE TRIGGER "mrr_movements_crossings_delete" AFTER DELETE ON "mrr_movements" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mrr_crossings_after_movements();
--> statement-breakpoint
SELECT mrr_crossings_refresh(array(SELECT DISTINCT customer_id FROM mrr_movements));
