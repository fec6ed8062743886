-- The spans (0046) and crossings (0043) derived from the MRR ledger are still derived again from
-- the whole ledger of the subscriptions and customers a write touches, but only the rows that
-- differ are written: most of them (all spans but the last, all crossings before the new
-- movement) come out the same. The tables end up the same; dashboard_totals gets only the rows
-- of the crossings that changed, with the same sums.
-- NOTE: on the embedded database an inserted movement cost about 1.5 ms in the triggers. The spans
-- were a SQL function, whose statements PostgreSQL plans again at every call: now plpgsql, its
-- plans kept for the session. Both functions plan generically (`plan_cache_mode`), as the demo
-- history's session does anyway (db/generic-plans.ts): on a server, plpgsql otherwise plans the
-- crossings' statements afresh for each array of ids (their generic plan looks dearer to it), for
-- one customer's or subscription's few rows, read by index whatever the array.

-- As in 0043 (the locks, then the ledger as committed), but a crossing that comes out the same
-- is left alone: first the ones that no longer hold go (and their counts with them), then the
-- new ones come (a crossing left at an instant is the same one, so none of them clash). Each
-- write only when the derived crossings differ: a movement mostly crosses nothing. (One
-- customer, the usual case, is locked without a loop.)
CREATE OR REPLACE FUNCTION "mrr_crossings_refresh"(affected uuid[]) RETURNS void LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  h bigint;
  fresh mrr_crossings[];
  stale boolean;
  added boolean;
BEGIN
  IF affected IS NULL OR cardinality(affected) = 0 THEN
    RETURN;
  END IF;
  IF cardinality(affected) > 1000 THEN
    LOCK TABLE mrr_crossings IN SHARE ROW EXCLUSIVE MODE;
  ELSIF cardinality(affected) = 1 THEN
    PERFORM pg_advisory_xact_lock(hashtextextended(affected[1]::text, 20260));
  ELSE
    FOR h IN SELECT DISTINCT hashtextextended(c::text, 20260) AS k FROM unnest(affected) c ORDER BY k LOOP
      PERFORM pg_advisory_xact_lock(h);
    END LOOP;
  END IF;
  WITH per_instant AS (
    SELECT m.customer_id, m.currency, m.occurred_at AS at, sum(m.delta_minor) AS d
    FROM mrr_movements m
    WHERE m.subscription_id IN (SELECT s.id FROM subscriptions s WHERE s.customer_id = ANY(affected)) AND m.customer_id = ANY(affected)
    GROUP BY 1, 2, 3
  ), balances AS (
    SELECT customer_id, currency, at, d, sum(d) OVER (PARTITION BY customer_id, currency ORDER BY at) AS e FROM per_instant
  )
  SELECT f.crossings,
    EXISTS (SELECT 1 FROM mrr_crossings x WHERE x.customer_id = ANY(affected) AND NOT (x = ANY(f.crossings))),
    EXISTS (SELECT 1 FROM unnest(f.crossings) n WHERE NOT (n = ANY(array(SELECT x FROM mrr_crossings x WHERE x.customer_id = ANY(affected)))))
  INTO fresh, stale, added
  FROM (
    SELECT coalesce(array_agg((b.customer_id, b.currency, b.at, sign(b.e - b.d), sign(b.e))::mrr_crossings), '{}') AS crossings
    FROM balances b
    WHERE sign(b.e) <> sign(b.e - b.d) AND EXISTS (SELECT 1 FROM customers c WHERE c.id = b.customer_id)
  ) f;
  IF stale THEN
    WITH gone AS (
      DELETE FROM mrr_crossings x WHERE x.customer_id = ANY(affected) AND NOT (x = ANY(fresh))
      RETURNING x.customer_id, x.currency, x.at, x.from_sign, x.to_sign
    )
    INSERT INTO dashboard_totals (day, test_clock_id, currency, figure, amount_minor, count)
    SELECT (g.at AT TIME ZONE 'UTC')::date, c.test_clock_id, g.currency, 'subscribers', -sum((g.to_sign = 1)::int - (g.from_sign = 1)::int), -count(*)
    FROM gone g JOIN customers c ON c.id = g.customer_id
    GROUP BY 1, 2, 3;
  END IF;
  IF added THEN
    WITH fresh_rows AS (
      INSERT INTO mrr_crossings (customer_id, currency, at, from_sign, to_sign)
      SELECT f.customer_id, f.currency, f.at, f.from_sign, f.to_sign
      FROM unnest(fresh) f
      WHERE NOT EXISTS (SELECT 1 FROM mrr_crossings x WHERE x.customer_id = f.customer_id AND x.currency = f.currency AND x.at = f.at)
      RETURNING customer_id, currency, at, from_sign, to_sign
    )
    INSERT INTO dashboard_totals (day, test_clock_id, currency, figure, amount_minor, count)
    SELECT (a.at AT TIME ZONE 'UTC')::date, c.test_clock_id, a.currency, 'subscribers', sum((a.to_sign = 1)::int - (a.from_sign = 1)::int), count(*)
    FROM fresh_rows a JOIN customers c ON c.id = a.customer_id
    GROUP BY 1, 2, 3;
  END IF;
END $$;
--> statement-breakpoint
-- As in 0046, but a span that comes out the same is left alone: the spans that no longer start
-- where they did go, the others are inserted or, where they changed (the last one's end, mostly),
-- updated. (The spans that go start where no derived span does, so the two parts never meet.)
CREATE OR REPLACE FUNCTION "mrr_spans_rebuild"(ids uuid[]) RETURNS void LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  with fresh as (
    select subscription_id, customer_id, currency, amount, at, lead(at) over (partition by subscription_id, currency order by at) as to_at
    from (
      select m.subscription_id, m.currency, m.occurred_at as at,
        (array_agg(m.customer_id order by m.id desc))[1] as customer_id,
        (sum(sum(m.delta_minor)) over (partition by m.subscription_id, m.currency order by m.occurred_at))::bigint as amount
      from mrr_movements m
      where m.subscription_id = any(ids)
      group by m.subscription_id, m.currency, m.occurred_at
    ) x
  ), gone as (
    delete from mrr_spans s
    where s.subscription_id = any(ids)
      and not exists (select 1 from fresh f where f.subscription_id = s.subscription_id and f.currency = s.currency and f.at = s.from_at)
  )
  insert into mrr_spans as s (subscription_id, customer_id, currency, amount_minor, from_at, to_at)
  select subscription_id, customer_id, currency, amount, at, to_at from fresh
  on conflict (subscription_id, currency, from_at) do update
    set customer_id = excluded.customer_id, amount_minor = excluded.amount_minor, to_at = excluded.to_at
    where (s.customer_id, s.amount_minor, s.to_at) is distinct from (excluded.customer_id, excluded.amount_minor, excluded.to_at);
END $$;
