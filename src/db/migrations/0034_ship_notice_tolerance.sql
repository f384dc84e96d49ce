-- The over-delivery tolerance of the settings (ship notices) becomes the global over-receipt rule of
-- the tolerance policy, which receipts already follow: one policy for what may be shipped and
-- received. A global rule that sets no over-receipt takes the setting's percentage; none is made
-- when the setting was 0.
INSERT INTO "tolerance_rules" ("id", "scope", "over_receipt_percent", "note")
  SELECT gen_random_uuid(), 'global', s."over_delivery_tolerance_percent",
    'From the former over-delivery tolerance setting'
  FROM "settings" s
  WHERE s."over_delivery_tolerance_percent" > 0
    AND NOT EXISTS (SELECT 1 FROM "tolerance_rules" r WHERE r."scope" = 'global');--> statement-breakpoint
UPDATE "tolerance_rules" SET "over_receipt_percent" = s."over_delivery_tolerance_percent"
  FROM "settings" s
  WHERE "tolerance_rules"."scope" = 'global' AND s."over_delivery_tolerance_percent" > 0
    AND "tolerance_rules"."over_receipt_percent" IS NULL AND "tolerance_rules"."over_receipt_quantity" IS NULL;--> statement-breakpoint
ALTER TABLE "settings" DROP COLUMN "over_delivery_tolerance_percent";
