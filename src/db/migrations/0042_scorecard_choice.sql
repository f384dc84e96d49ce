ALTER TABLE "evaluation_settings" ADD COLUMN "responses_due_swept_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD COLUMN "supplier_grade_warning" jsonb;--> statement-breakpoint
CREATE INDEX "purchase_orders_first_sent_idx" ON "purchase_orders" USING btree ("first_sent_at") WHERE "purchase_orders"."first_sent_at" is not null;