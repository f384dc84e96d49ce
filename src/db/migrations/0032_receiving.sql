CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"receipt_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"quantity_accepted" numeric(18, 6) NOT NULL,
	"quantity_rejected" numeric(18, 6) NOT NULL,
	"rejection_reason" text,
	"rejection_note" text,
	"note" text,
	"inspected_by" uuid NOT NULL,
	"inspected_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspections_quantities" CHECK ("inspections"."quantity_accepted" >= 0 and "inspections"."quantity_rejected" >= 0 and "inspections"."quantity_accepted" + "inspections"."quantity_rejected" > 0
        and ("inspections"."quantity_rejected" = 0) = ("inspections"."rejection_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "receipt_lines" (
	"receipt_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"description" text NOT NULL,
	"item_id" uuid,
	"unit_code" text NOT NULL,
	"quantity" numeric(18, 6) NOT NULL,
	"entered_quantity" numeric(18, 6),
	"entered_unit_code" text,
	"lot_number" text,
	"serial_numbers" jsonb,
	"inspection_required" boolean DEFAULT false NOT NULL,
	"over_received" numeric(18, 6) DEFAULT '0' NOT NULL,
	"quantity_reversed" numeric(18, 6) DEFAULT '0' NOT NULL,
	"quantity_accepted" numeric(18, 6) DEFAULT '0' NOT NULL,
	"quantity_rejected" numeric(18, 6) DEFAULT '0' NOT NULL,
	CONSTRAINT "receipt_lines_receipt_id_line_no_pk" PRIMARY KEY("receipt_id","line_no"),
	CONSTRAINT "receipt_lines_quantities" CHECK ("receipt_lines"."quantity" > 0 and "receipt_lines"."quantity_reversed" >= 0 and "receipt_lines"."quantity_accepted" >= 0 and "receipt_lines"."quantity_rejected" >= 0
        and "receipt_lines"."quantity_reversed" + "receipt_lines"."quantity_accepted" + "receipt_lines"."quantity_rejected" <= "receipt_lines"."quantity")
);
--> statement-breakpoint
CREATE TABLE "receipts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"purchase_order_number" text NOT NULL,
	"supplier_id" uuid NOT NULL,
	"department_id" uuid,
	"ship_notice_id" uuid,
	"reverses_receipt_id" uuid,
	"received_on" date NOT NULL,
	"delivery_note" text,
	"storage_location" text,
	"note" text,
	"reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "receipts_reversal" CHECK (("receipts"."kind" = 'reversal') = ("receipts"."reverses_receipt_id" is not null) and ("receipts"."kind" = 'receipt' or "receipts"."reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "item_categories" ADD COLUMN "inspection_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD COLUMN "quantity_accepted" numeric(18, 6) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD COLUMN "quantity_rejected" numeric(18, 6) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD COLUMN "received_from_status" text;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_receipt_id_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_inspected_by_users_id_fk" FOREIGN KEY ("inspected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipt_lines" ADD CONSTRAINT "receipt_lines_receipt_id_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipt_lines" ADD CONSTRAINT "receipt_lines_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipt_lines" ADD CONSTRAINT "receipt_lines_entered_unit_code_units_code_fk" FOREIGN KEY ("entered_unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_ship_notice_id_ship_notices_id_fk" FOREIGN KEY ("ship_notice_id") REFERENCES "public"."ship_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspections_receipt_idx" ON "inspections" USING btree ("receipt_id","line_no");--> statement-breakpoint
CREATE INDEX "inspections_order_idx" ON "inspections" USING btree ("purchase_order_id","seq");--> statement-breakpoint
CREATE INDEX "receipt_lines_pending_idx" ON "receipt_lines" USING btree ("receipt_id") WHERE "receipt_lines"."inspection_required" and "receipt_lines"."quantity" - "receipt_lines"."quantity_reversed" - "receipt_lines"."quantity_accepted" - "receipt_lines"."quantity_rejected" > 0;--> statement-breakpoint
CREATE UNIQUE INDEX "receipts_number_key" ON "receipts" USING btree ("number");--> statement-breakpoint
CREATE INDEX "receipts_order_idx" ON "receipts" USING btree ("purchase_order_id","seq");--> statement-breakpoint
CREATE INDEX "receipts_seq_idx" ON "receipts" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "receipts_department_idx" ON "receipts" USING btree ("department_id","seq");--> statement-breakpoint
CREATE INDEX "receipts_reverses_idx" ON "receipts" USING btree ("reverses_receipt_id");--> statement-breakpoint
-- Whatever was received before inspection existed was accepted on receipt.
UPDATE "purchase_order_lines" SET "quantity_accepted" = "quantity_received" WHERE "quantity_received" > 0;
