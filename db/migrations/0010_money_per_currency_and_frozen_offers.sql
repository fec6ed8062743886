CREATE TABLE "customer_balances" (
	"customer_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"balance_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "customer_balances_pkey" PRIMARY KEY("customer_id","currency")
);
--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "offer_price_minor" bigint;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "offer_terms" integer;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "next_plan_id" uuid;--> statement-breakpoint
ALTER TABLE "customer_balances" ADD CONSTRAINT "customer_balances_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_next_plan_id_plans_id_fk" FOREIGN KEY ("next_plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_offer_check" CHECK (("subscriptions"."offer_price_minor" is null) = ("subscriptions"."offer_terms" is null) and ("subscriptions"."offer_terms" is null or "subscriptions"."offer_terms" > 0));--> statement-breakpoint
-- hand-written: backfills (the next migration drops customers.balance_minor, read here).
-- A payment that paid an already paid order was credited to the balance without a ledger row:
-- the row it should have had (the order's own payment is the one its invoice names).
INSERT INTO "customer_balance_entries" ("customer_id", "amount_minor", "currency", "reason", "payment_id", "created_at")
SELECT p."customer_id", p."amount_minor", p."currency", 'duplicate_payment', p."id", coalesce(p."settled_at", p."created_at")
FROM "payments" p
WHERE p."source"::text = 'checkout' AND p."order_id" IS NOT NULL AND p."invoice_id" IS NULL
  -- As text: on a fresh database every migration runs in one transaction, and an enum value
  -- added earlier in it (charged_back) cannot be named as a literal before it is committed.
  AND p."status"::text IN ('paid', 'charged_back')
  AND NOT EXISTS (SELECT 1 FROM "customer_balance_entries" e WHERE e."payment_id" = p."id");
--> statement-breakpoint
-- Whatever else the old balance held beyond its ledger rows stays the customer's, in the shop's
-- default currency (the old column's own currency).
INSERT INTO "customer_balance_entries" ("customer_id", "amount_minor", "currency", "reason")
SELECT d."customer_id", d."minor", s."default_currency", 'opening_balance'
FROM (
  SELECT c."id" AS "customer_id",
    c."balance_minor" - coalesce((SELECT sum(e."amount_minor") FROM "customer_balance_entries" e WHERE e."customer_id" = c."id"), 0) AS "minor"
  FROM "customers" c
) d
CROSS JOIN "shop_settings" s
WHERE d."minor" <> 0;
--> statement-breakpoint
INSERT INTO "customer_balances" ("customer_id", "currency", "balance_minor")
SELECT "customer_id", "currency", sum("amount_minor") FROM "customer_balance_entries" GROUP BY "customer_id", "currency";
--> statement-breakpoint
-- Subscriptions take the campaign of their plan as it is now (what they were sold is not kept).
UPDATE "subscriptions" s
SET "offer_price_minor" = p."offer_price_minor",
  "offer_terms" = p."offer_terms",
  "next_plan_id" = (SELECT n."id" FROM "plans" n WHERE n."id" = p."next_plan_id")
FROM "plans" p
WHERE p."id" = s."plan_id" AND p."offer_terms" IS NOT NULL;
