-- VAT decisions now read customer_type. Customers registered since the column was added (checkout,
-- the API, the register form) kept the default 'consumer' even with a company name or VAT id,
-- which is what decided "business" until now: they are businesses.
UPDATE "customers" SET "customer_type" = 'business'
WHERE "customer_type" = 'consumer'
  AND (NULLIF(btrim("company_name"), '') IS NOT NULL OR NULLIF(btrim("vat_id"), '') IS NOT NULL);
