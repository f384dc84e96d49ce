ALTER TABLE "items" ADD COLUMN "default_tax_category" text;--> statement-breakpoint
-- Lines written before categories existed: a 0 % rate was zero-rated, any other standard.
ALTER TABLE "purchase_order_lines" ADD COLUMN "tax_category" text;--> statement-breakpoint
UPDATE "purchase_order_lines" SET "tax_category" = CASE WHEN "tax_rate" = 0 THEN 'Z' ELSE 'S' END;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ALTER COLUMN "tax_category" SET NOT NULL;
