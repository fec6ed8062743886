CREATE TABLE "one_off_charges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subscription_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"description" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"tax_class" text NOT NULL,
	"staff_user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "one_off_charges_amount_check" CHECK ("one_off_charges"."amount_minor" > 0)
);
--> statement-breakpoint
ALTER TABLE "one_off_charges" ADD CONSTRAINT "one_off_charges_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_off_charges" ADD CONSTRAINT "one_off_charges_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_off_charges" ADD CONSTRAINT "one_off_charges_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "one_off_charges_subscription_id_idx" ON "one_off_charges" USING btree ("subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "one_off_charges_invoice_id_key" ON "one_off_charges" USING btree ("invoice_id");