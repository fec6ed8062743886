ALTER TABLE "billing_actions" DROP CONSTRAINT "billing_actions_subscription_id_subscriptions_id_fk";
--> statement-breakpoint
DROP INDEX "billing_actions_subscription_term_action_key";--> statement-breakpoint
DROP INDEX "billing_actions_applied_at_idx";--> statement-breakpoint
ALTER TABLE "billing_actions" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "billing_actions" ADD CONSTRAINT "billing_actions_pkey" PRIMARY KEY("subscription_id","term","action");
