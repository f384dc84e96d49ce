ALTER TABLE "settings" ADD COLUMN "electronic_address_scheme" text;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "electronic_address" text;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "legal_id" text;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "legal_id_scheme" text;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "tax_id" text;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "tax_scheme" text;--> statement-breakpoint
ALTER TABLE "suppliers" ADD COLUMN "tax_scheme" text;--> statement-breakpoint
ALTER TABLE "suppliers" ADD COLUMN "electronic_address_scheme" text;--> statement-breakpoint
ALTER TABLE "suppliers" ADD COLUMN "electronic_address" text;--> statement-breakpoint
ALTER TABLE "suppliers" ADD COLUMN "legal_id" text;--> statement-breakpoint
ALTER TABLE "suppliers" ADD COLUMN "legal_id_scheme" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "unece_code" text;--> statement-breakpoint
-- The standard units get their UN/ECE Recommendation 20 code (package units: Rec 21, prefixed X).
UPDATE "units" SET "unece_code" = CASE upper("code")
  WHEN 'EA' THEN 'EA' WHEN 'PCE' THEN 'H87' WHEN 'PCS' THEN 'H87' WHEN 'C62' THEN 'C62'
  WHEN 'BOX' THEN 'XBX' WHEN 'PK' THEN 'XPK' WHEN 'PACK' THEN 'XPK' WHEN 'SET' THEN 'SET' WHEN 'PR' THEN 'PR'
  WHEN 'KG' THEN 'KGM' WHEN 'G' THEN 'GRM' WHEN 'T' THEN 'TNE' WHEN 'L' THEN 'LTR' WHEN 'ML' THEN 'MLT'
  WHEN 'M' THEN 'MTR' WHEN 'CM' THEN 'CMT' WHEN 'MM' THEN 'MMT' WHEN 'KM' THEN 'KMT' WHEN 'M2' THEN 'MTK' WHEN 'M3' THEN 'MTQ'
  WHEN 'HR' THEN 'HUR' WHEN 'H' THEN 'HUR' WHEN 'MIN' THEN 'MIN' WHEN 'DAY' THEN 'DAY' WHEN 'WK' THEN 'WEE'
  WHEN 'MO' THEN 'MON' WHEN 'YR' THEN 'ANN' WHEN 'KWH' THEN 'KWH'
  ELSE NULL END
WHERE "unece_code" IS NULL;--> statement-breakpoint
-- A supplier tax id that reads as a VAT number (a country prefix) is one; others are left unstated.
UPDATE "suppliers" SET "tax_scheme" = 'VAT'
WHERE "tax_id" IS NOT NULL AND upper(replace("tax_id", ' ', '')) ~ '^(EL|[A-Z]{2})[0-9A-Z+*.]{2,}$'
  AND upper(substr("tax_id", 1, 2)) NOT IN ('US');
