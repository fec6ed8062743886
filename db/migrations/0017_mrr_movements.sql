CREATE TYPE "public"."mrr_movement_kind" AS ENUM('new', 'expansion', 'contraction', 'churn', 'reactivation');--> statement-breakpoint
CREATE TABLE "mrr_movements" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mrr_movements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"subscription_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"kind" "mrr_movement_kind" NOT NULL,
	"delta_minor" bigint NOT NULL,
	"mrr_after_minor" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mrr_movements_delta_check" CHECK ("mrr_movements"."delta_minor" <> 0 and "mrr_movements"."mrr_after_minor" >= 0),
	CONSTRAINT "mrr_movements_sign_check" CHECK (("mrr_movements"."kind" in ('new', 'expansion', 'reactivation')) = ("mrr_movements"."delta_minor" > 0))
);
--> statement-breakpoint
ALTER TABLE "mrr_movements" ADD CONSTRAINT "mrr_movements_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mrr_movements" ADD CONSTRAINT "mrr_movements_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mrr_movements_subscription_id_idx" ON "mrr_movements" USING btree ("subscription_id","id");--> statement-breakpoint
CREATE INDEX "mrr_movements_occurred_at_idx" ON "mrr_movements" USING btree ("occurred_at");
--> statement-breakpoint
-- Backfill: the MRR ledger from today's subscriptions (what is known now: their current price,
-- plan and coupon). One `new` movement when a subscription began to count (its start, or its
-- trial's end), and `churn` when it stopped: its end, suspension, dunning termination or pause.
-- A subscription that never left its trial gets none. The value is the SQL twin of
-- subscriptionMrrMinor (lib/billing/metrics/subscription-mrr.ts): the current term's price (a
-- campaign's offer while it lasts) × quantity after a recurring coupon (forever, or repeating with terms left), without VAT, per month, HALF_UP once.
-- Only subscriptions without any movement yet are filled, so running it again adds nothing.
CREATE TEMPORARY TABLE "mrr_backfill" ON COMMIT DROP AS
SELECT
	s."id" AS "subscription_id",
	s."customer_id",
	s."currency",
	greatest(s."started_at", coalesce(s."trial_ends_at", s."started_at")) AS "counted_from",
	CASE
		WHEN s."status" = 'ended' THEN s."ended_at"
		WHEN s."status" = 'suspended' THEN coalesce(s."suspended_at", s."canceled_at", s."started_at")
		WHEN s."status" = 'canceled' THEN coalesce(s."suspended_at", s."canceled_at", s."started_at")
		WHEN s."status" = 'paused' THEN coalesce(s."paused_at", s."started_at")
	END AS "stopped_at",
	round(
		(
			CASE
				WHEN c."id" IS NULL OR NOT (c."duration" = 'forever' OR (c."duration" = 'repeating' AND s."coupon_uses" < c."duration_terms"))
					THEN (CASE WHEN s."offer_terms" IS NOT NULL AND s."current_term" < s."offer_terms" THEN s."offer_price_minor" ELSE s."unit_price_minor" END)::numeric * s."quantity"
				WHEN c."kind" = 'percent' THEN (CASE WHEN s."offer_terms" IS NOT NULL AND s."current_term" < s."offer_terms" THEN s."offer_price_minor" ELSE s."unit_price_minor" END)::numeric * s."quantity" * greatest(100 - c."percent_off", 0)
				ELSE greatest((CASE WHEN s."offer_terms" IS NOT NULL AND s."current_term" < s."offer_terms" THEN s."offer_price_minor" ELSE s."unit_price_minor" END)::numeric * s."quantity" - c."amount_off_minor", 0)
			END
			* 10000
			* CASE p."interval_unit" WHEN 'day' THEN 365 WHEN 'week' THEN 52 ELSE 1 END
		)
		/ (
			CASE WHEN c."id" IS NOT NULL AND c."kind" = 'percent' AND (c."duration" = 'forever' OR (c."duration" = 'repeating' AND s."coupon_uses" < c."duration_terms")) THEN 100 ELSE 1 END
			* (10000 + p."tax_rate_bp")
			* CASE p."interval_unit" WHEN 'month' THEN 1 ELSE 12 END
			* p."interval_count"
		)::numeric
	)::bigint AS "value_minor"
FROM "subscriptions" s
JOIN "plans" p ON p."id" = s."plan_id"
LEFT JOIN "coupons" c ON c."id" = s."coupon_id"
WHERE s."status" <> 'trialing'
	AND NOT EXISTS (SELECT 1 FROM "mrr_movements" m WHERE m."subscription_id" = s."id");
--> statement-breakpoint
-- Ended (or stopped) before its trial was over: it never counted.
DELETE FROM "mrr_backfill" WHERE "value_minor" <= 0 OR ("stopped_at" IS NOT NULL AND "stopped_at" <= "counted_from");
--> statement-breakpoint
INSERT INTO "mrr_movements" ("subscription_id", "customer_id", "currency", "kind", "delta_minor", "mrr_after_minor", "occurred_at")
SELECT "subscription_id", "customer_id", "currency", 'new', "value_minor", "value_minor", "counted_from"
FROM "mrr_backfill" ORDER BY "counted_from", "subscription_id";
--> statement-breakpoint
INSERT INTO "mrr_movements" ("subscription_id", "customer_id", "currency", "kind", "delta_minor", "mrr_after_minor", "occurred_at")
SELECT "subscription_id", "customer_id", "currency", 'churn', -"value_minor", 0, "stopped_at"
FROM "mrr_backfill" WHERE "stopped_at" IS NOT NULL ORDER BY "stopped_at", "subscription_id";
--> statement-breakpoint
DROP TABLE IF EXISTS "mrr_backfill";
