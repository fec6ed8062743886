CREATE TABLE "seller_identities" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"legal_name" text NOT NULL,
	"legal_form" text,
	"address_line1" text NOT NULL,
	"address_line2" text,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"country" char(2) NOT NULL,
	"vat_id" text,
	"organisation_number" text,
	"peppol_scheme" text,
	"peppol_value" text,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"iban" text,
	"bic" text,
	"domestic_account" text,
	"created_by" text
);
--> statement-breakpoint
ALTER TABLE "seller_identities" ADD CONSTRAINT "seller_identities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "seller_identities_valid_from_idx" ON "seller_identities" USING btree ("valid_from");