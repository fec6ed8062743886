DROP INDEX "subscriptions_status_idx";--> statement-breakpoint
DROP INDEX "subscriptions_order_line_id_key";--> statement-breakpoint
DROP INDEX "subscriptions_next_action_at_idx";--> statement-breakpoint
DROP INDEX "invoices_order_id_key";--> statement-breakpoint
DROP INDEX "invoices_next_dunning_at_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_order_line_id_key" ON "subscriptions" USING btree ("order_line_id") WHERE "subscriptions"."order_line_id" is not null;--> statement-breakpoint
CREATE INDEX "subscriptions_next_action_at_idx" ON "subscriptions" USING btree ("next_action_at") WHERE "subscriptions"."next_action_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_order_id_key" ON "invoices" USING btree ("order_id") WHERE "invoices"."order_id" is not null;--> statement-breakpoint
CREATE INDEX "invoices_next_dunning_at_idx" ON "invoices" USING btree ("next_dunning_at") WHERE "invoices"."next_dunning_at" is not null;