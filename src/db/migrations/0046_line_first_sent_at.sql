ALTER TABLE "purchase_order_lines" ADD COLUMN "first_sent_at" timestamp with time zone;--> statement-breakpoint
-- The lines of orders already sent take their order's first send.
UPDATE "purchase_order_lines" l SET "first_sent_at" = o."first_sent_at"
FROM "purchase_orders" o WHERE o."id" = l."purchase_order_id" AND o."first_sent_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "purchase_order_lines_item_sent_idx" ON "purchase_order_lines" USING btree ("item_id","unit_code","first_sent_at" DESC NULLS LAST,"purchase_order_id" DESC NULLS LAST) WHERE "purchase_order_lines"."first_sent_at" IS NOT NULL;