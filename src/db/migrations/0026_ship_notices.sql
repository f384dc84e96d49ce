CREATE TABLE "ship_notice_lines" (
	"ship_notice_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"quantity" numeric(18, 6) NOT NULL,
	CONSTRAINT "ship_notice_lines_ship_notice_id_line_no_pk" PRIMARY KEY("ship_notice_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "ship_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"number" text NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"order_revision" integer NOT NULL,
	"despatch_date" date NOT NULL,
	"expected_delivery_date" date,
	"carrier" text,
	"tracking_number" text,
	"packages" integer,
	"note" text,
	"supplier_reference" text,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"document_sha256" char(64)
);
--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD COLUMN "quantity_shipped" numeric(18, 6) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD COLUMN "fully_shipped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "over_delivery_tolerance_percent" numeric(7, 3) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "supplier_responses" ADD COLUMN "document_sha256" char(64);--> statement-breakpoint
ALTER TABLE "ship_notice_lines" ADD CONSTRAINT "ship_notice_lines_ship_notice_id_ship_notices_id_fk" FOREIGN KEY ("ship_notice_id") REFERENCES "public"."ship_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ship_notices" ADD CONSTRAINT "ship_notices_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ship_notices" ADD CONSTRAINT "ship_notices_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ship_notices" ADD CONSTRAINT "ship_notices_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ship_notices_number_key" ON "ship_notices" USING btree ("number");--> statement-breakpoint
CREATE INDEX "ship_notices_order_idx" ON "ship_notices" USING btree ("purchase_order_id","seq");--> statement-breakpoint
CREATE INDEX "ship_notices_supplier_idx" ON "ship_notices" USING btree ("supplier_id","seq");--> statement-breakpoint
-- Ship notices are numbered ASN-YYYY-NNNNN unless the organisation already chose a format.
UPDATE "settings" SET "number_formats" = "number_formats" || '{"ship_notice": "ASN-{YYYY}-{#####}"}'::jsonb
  WHERE NOT ("number_formats" ? 'ship_notice');
