CREATE TABLE "payment_method_setups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"provider_setup_id" text,
	"method" "payment_method_type" NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"invoice_id" uuid,
	"payment_method_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "brand" text;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "last4" text;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "expiry_month" integer;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "expiry_year" integer;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "iban_masked" text;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "expiry_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payment_method_setups" ADD CONSTRAINT "payment_method_setups_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_method_setups" ADD CONSTRAINT "payment_method_setups_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_method_setups" ADD CONSTRAINT "payment_method_setups_payment_method_id_payment_methods_id_fk" FOREIGN KEY ("payment_method_id") REFERENCES "public"."payment_methods"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_method_setups_provider_setup_key" ON "payment_method_setups" USING btree ("provider","provider_setup_id");--> statement-breakpoint
CREATE INDEX "payment_method_setups_customer_id_idx" ON "payment_method_setups" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "payment_methods_expiry_idx" ON "payment_methods" USING btree ("expiry_year","expiry_month") WHERE "payment_methods"."expiry_notice_at" is null;