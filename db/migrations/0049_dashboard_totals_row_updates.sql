-- The dashboard_totals triggers (migration 0043) for an UPDATE of invoices or payments, and an
-- INSERT of payments, fire per row and only for a row whose contribution changes (the WHEN
-- condition: whether it counts, its instant, amount, currency or customer; an inserted payment
-- when it counts), with the same sums.
-- NOTE: most such writes change nothing that counts (a payment prepared, sent, its invoice paid:
-- 'invoiced' counts open and paid alike), and the statement-level triggers still captured both
-- transition tables and ran their insert for each of them: a quarter of a millisecond on the
-- embedded database, about 0.6 s of a 200-customer demo history. A statement that changes many
-- rows that count (rarer) writes a delta per row rather than per day, and a row that changes but
-- counts the same on the same day two that cancel out: the reads sum them as any other, and
-- dashboard_totals_compact folds them.
-- Inserted invoices, and deletes, keep the statement-level triggers: a bill run inserts its
-- invoices, which all count, in statements of many rows (a payment is mostly inserted pending).
-- A row's old contribution taken out and its new one added, as two rows (their sums are the
-- same as one row's; simpler for the planner than the statement-level functions' union, grouped).
CREATE FUNCTION "invoices_dashboard_totals_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status in ('open', 'paid', 'uncollectible') and OLD.issued_at is not null THEN
    insert into dashboard_totals (day, test_clock_id, currency, figure, amount_minor, count)
    select (OLD.issued_at at time zone 'UTC')::date, c.test_clock_id, OLD.currency, 'invoiced', -OLD.total_minor, -1
    from customers c where c.id = OLD.customer_id;
  END IF;
  IF NEW.status in ('open', 'paid', 'uncollectible') and NEW.issued_at is not null THEN
    insert into dashboard_totals (day, test_clock_id, currency, figure, amount_minor, count)
    select (NEW.issued_at at time zone 'UTC')::date, c.test_clock_id, NEW.currency, 'invoiced', NEW.total_minor, 1
    from customers c where c.id = NEW.customer_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER "invoices_dashboard_totals_update" ON "invoices";
--> statement-breakpoint
CREATE TRIGGER "invoices_dashboard_totals_update" AFTER UPDATE ON "invoices" FOR EACH ROW
  WHEN ((OLD.status in ('open', 'paid', 'uncollectible') and OLD.issued_at is not null) is distinct from (NEW.status in ('open', 'paid', 'uncollectible') and NEW.issued_at is not null)
    or OLD.issued_at is distinct from NEW.issued_at or OLD.total_minor is distinct from NEW.total_minor
    or OLD.currency is distinct from NEW.currency or OLD.customer_id is distinct from NEW.customer_id)
  EXECUTE FUNCTION invoices_dashboard_totals_row();
--> statement-breakpoint
CREATE FUNCTION "payments_dashboard_totals_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- (An inserted payment has no old contribution, nor an OLD row to read.)
  IF TG_OP = 'UPDATE' THEN
    IF OLD.status = 'paid' and OLD.source <> 'balance' and OLD.settled_at is not null THEN
      insert into dashboard_totals (day, test_clock_id, currency, figure, amount_minor, count)
      select (OLD.settled_at at time zone 'UTC')::date, c.test_clock_id, OLD.currency, 'received', -OLD.amount_minor, -1
      from customers c where c.id = OLD.customer_id;
    END IF;
  END IF;
  IF NEW.status = 'paid' and NEW.source <> 'balance' and NEW.settled_at is not null THEN
    insert into dashboard_totals (day, test_clock_id, currency, figure, amount_minor, count)
    select (NEW.settled_at at time zone 'UTC')::date, c.test_clock_id, NEW.currency, 'received', NEW.amount_minor, 1
    from customers c where c.id = NEW.customer_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER "payments_dashboard_totals_insert" ON "payments";
--> statement-breakpoint
DROP TRIGGER "payments_dashboard_totals_update" ON "payments";
--> statement-breakpoint
CREATE TRIGGER "payments_dashboard_totals_insert" AFTER INSERT ON "payments" FOR EACH ROW
  WHEN (NEW.status = 'paid' and NEW.source <> 'balance' and NEW.settled_at is not null)
  EXECUTE FUNCTION payments_dashboard_totals_row();
--> statement-breakpoint
CREATE TRIGGER "payments_dashboard_totals_update" AFTER UPDATE ON "payments" FOR EACH ROW
  WHEN ((OLD.status = 'paid' and OLD.source <> 'balance' and OLD.settled_at is not null) is distinct from (NEW.status = 'paid' and NEW.source <> 'balance' and NEW.settled_at is not null)
    or OLD.settled_at is distinct from NEW.settled_at or OLD.amount_minor is distinct from NEW.amount_minor
    or OLD.currency is distinct from NEW.currency or OLD.customer_id is distinct from NEW.customer_id)
  EXECUTE FUNCTION payments_dashboard_totals_row();
