-- Payment references for invoices finalized before invoices carried them (0003), so bank
-- transfers for them still match. The same references lib/payments/references makes for new
-- invoices: the sequence number zero-padded to 8 digits, then a MOD10 (Luhn) KID for NOK, or an
-- ISO 11649 RF creditor reference otherwise. Only empty references are filled; a simulation's
-- series (clock:…) gets none, as new simulated invoices get none.
UPDATE "invoices" i
SET "payment_reference" = CASE
  WHEN b."currency" = 'NOK' THEN b."base" || (
    SELECT ((10 - sum(
      CASE WHEN (8 - pos) % 2 = 0
        THEN (CASE WHEN substr(b."base", pos, 1)::int * 2 > 9 THEN substr(b."base", pos, 1)::int * 2 - 9 ELSE substr(b."base", pos, 1)::int * 2 END)
        ELSE substr(b."base", pos, 1)::int
      END) % 10) % 10)::text
    FROM generate_series(1, 8) AS pos)
  -- "RF00" appended as digits (R = 27, F = 15): check = 98 - (base || 271500) mod 97.
  ELSE 'RF' || lpad((98 - ((b."base"::numeric * 1000000 + 271500) % 97))::int::text, 2, '0') || b."base"
END
FROM (
  SELECT "id", "currency", lpad("sequence_number"::text, 8, '0') AS "base"
  FROM "invoices"
  WHERE "payment_reference" IS NULL
    AND "sequence_number" BETWEEN 1 AND 99999999
    AND "status"::text <> 'draft'
    AND "series_id" IS NOT NULL
    AND "series_id" NOT LIKE 'clock:%'
) b
WHERE i."id" = b."id";
