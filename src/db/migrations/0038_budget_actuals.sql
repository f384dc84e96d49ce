ALTER TABLE "purchase_orders" ADD COLUMN "invoiced_base" numeric(20, 4) DEFAULT '0' NOT NULL;--> statement-breakpoint
-- Invoices approved before this migration count at once (credit notes negative).
UPDATE "purchase_orders" po SET "invoiced_base" = s.amount
FROM (
  SELECT purchase_order_id,
         sum(CASE WHEN kind = 'credit_note' THEN -payable_amount_base ELSE payable_amount_base END) AS amount
  FROM "invoices"
  WHERE status IN ('approved_for_payment', 'scheduled', 'paid')
     OR (status = 'on_hold' AND held_from_status IN ('approved_for_payment', 'scheduled', 'paid'))
  GROUP BY purchase_order_id
) s
WHERE po.id = s.purchase_order_id;--> statement-breakpoint
CREATE INDEX "invoices_paid_idx" ON "invoices" USING btree ("paid_at") WHERE "invoices"."status" = 'paid';
