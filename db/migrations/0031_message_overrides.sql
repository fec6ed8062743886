CREATE TABLE "message_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target" text NOT NULL,
	"locale" "locale" NOT NULL,
	"message_key" text NOT NULL,
	"text" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_overrides_target_locale_key_unique" UNIQUE("target","locale","message_key")
);
--> statement-breakpoint
-- The one thank-you text becomes the thank-you page's `body` message. A text the merchant changed
-- was shown in every language, so it is kept for every language; the text every shop started
-- with is left to the catalog, which has it in each language.
INSERT INTO "message_overrides" ("target", "locale", "message_key", "text")
SELECT 'thank-you', l.locale, 'shop.thankYou.body', s."thank_you_text"
FROM "shop_settings" s CROSS JOIN unnest(enum_range(NULL::"locale")) AS l(locale)
WHERE s."thank_you_text" <> 'Thank you for your order! We received: {order}. Your invoice is waiting on your account page.';
--> statement-breakpoint
ALTER TABLE "shop_settings" DROP COLUMN "thank_you_text";