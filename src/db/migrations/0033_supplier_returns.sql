CREATE TABLE "supplier_return_lines" (
	"return_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"description" text NOT NULL,
	"item_id" uuid,
	"unit_code" text NOT NULL,
	"quantity" numeric(18, 6) NOT NULL,
	"lot_number" text,
	"rejection_reasons" jsonb NOT NULL,
	CONSTRAINT "supplier_return_lines_return_id_line_no_pk" PRIMARY KEY("return_id","line_no"),
	CONSTRAINT "supplier_return_lines_quantity" CHECK ("supplier_return_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "supplier_returns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"number" text NOT NULL,
	"receipt_id" uuid NOT NULL,
	"receipt_number" text NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"purchase_order_number" text NOT NULL,
	"supplier_id" uuid NOT NULL,
	"department_id" uuid,
	"remedy" text NOT NULL,
	"replacement_expected_on" date,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "supplier_returns_replacement_date" CHECK (("supplier_returns"."remedy" = 'replacement') = ("supplier_returns"."replacement_expected_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "receipt_lines" DROP CONSTRAINT "receipt_lines_quantities";--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD COLUMN "quantity_returned" numeric(18, 6) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD COLUMN "quantity_credited" numeric(18, 6) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "receipt_lines" ADD COLUMN "quantity_returned" numeric(18, 6) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "supplier_return_lines" ADD CONSTRAINT "supplier_return_lines_return_id_supplier_returns_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."supplier_returns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_return_lines" ADD CONSTRAINT "supplier_return_lines_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_returns" ADD CONSTRAINT "supplier_returns_receipt_id_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_returns" ADD CONSTRAINT "supplier_returns_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_returns" ADD CONSTRAINT "supplier_returns_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_returns" ADD CONSTRAINT "supplier_returns_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_returns_number_key" ON "supplier_returns" USING btree ("number");--> statement-breakpoint
CREATE INDEX "supplier_returns_order_idx" ON "supplier_returns" USING btree ("purchase_order_id","seq");--> statement-breakpoint
CREATE INDEX "supplier_returns_supplier_idx" ON "supplier_returns" USING btree ("supplier_id","seq");--> statement-breakpoint
CREATE INDEX "supplier_returns_department_idx" ON "supplier_returns" USING btree ("department_id","seq");--> statement-breakpoint
CREATE INDEX "supplier_returns_seq_idx" ON "supplier_returns" USING btree ("seq");--> statement-breakpoint
ALTER TABLE "receipt_lines" ADD CONSTRAINT "receipt_lines_quantities" CHECK ("receipt_lines"."quantity" > 0 and "receipt_lines"."quantity_reversed" >= 0 and "receipt_lines"."quantity_accepted" >= 0 and "receipt_lines"."quantity_rejected" >= 0
        and "receipt_lines"."quantity_reversed" + "receipt_lines"."quantity_accepted" + "receipt_lines"."quantity_rejected" <= "receipt_lines"."quantity"
        and "receipt_lines"."quantity_returned" >= 0 and "receipt_lines"."quantity_returned" <= "receipt_lines"."quantity_rejected");--> statement-breakpoint
UPDATE "settings" SET "number_formats" = "number_formats" || '{"return_to_supplier": "RTV-{YYYY}-{#####}"}'::jsonb
  WHERE NOT ("number_formats" ? 'return_to_supplier');
