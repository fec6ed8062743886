ALTER TABLE "invoices" ADD COLUMN "email_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "billing_actions" ADD COLUMN "mail_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "invoices_email_pending_idx" ON "invoices" USING btree ("issued_at") WHERE "invoices"."email_pending";--> statement-breakpoint
CREATE INDEX "billing_actions_mail_pending_idx" ON "billing_actions" USING btree ("applied_at") WHERE "billing_actions"."mail_pending";