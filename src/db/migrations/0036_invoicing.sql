CREATE TABLE "invoice_lines" (
	"invoice_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"supplier_line_id" text,
	"order_line_no" integer,
	"item_id" uuid,
	"description" text NOT NULL,
	"quantity" numeric(18, 6) NOT NULL,
	"unit_code" text NOT NULL,
	"unit_price" numeric(20, 6) NOT NULL,
	"base_quantity" numeric(18, 6) DEFAULT '1' NOT NULL,
	"allowances_charges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"net_amount" numeric(20, 4) NOT NULL,
	"tax_category" text NOT NULL,
	"tax_rate" numeric(7, 4) NOT NULL,
	"order_unit_quantity" numeric(18, 6),
	"order_unit_price" numeric(20, 6),
	"match_type" text,
	"match_status" text,
	"price_variance" numeric(20, 6),
	"quantity_variance" numeric(18, 6),
	"match_explanation" text,
	CONSTRAINT "invoice_lines_invoice_id_line_no_pk" PRIMARY KEY("invoice_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "invoice_matches" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"invoice_id" uuid NOT NULL,
	"invoice_line_no" integer NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"order_line_no" integer NOT NULL,
	"receipt_id" uuid,
	"receipt_line_no" integer,
	"variance" boolean DEFAULT false NOT NULL,
	"quantity" numeric(18, 6) NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "invoice_matches_receipt" CHECK (("invoice_matches"."receipt_id" is null) = ("invoice_matches"."receipt_line_no" is null))
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"supplier_id" uuid NOT NULL,
	"supplier_invoice_number" text NOT NULL,
	"supplier_invoice_key" text NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"purchase_order_number" text NOT NULL,
	"department_id" uuid,
	"credits_invoice_id" uuid,
	"issue_date" date NOT NULL,
	"tax_point_date" date,
	"received_on" date NOT NULL,
	"currency" char(3) NOT NULL,
	"exchange_rate" numeric(20, 10) NOT NULL,
	"exchange_rate_date" date NOT NULL,
	"allowances_charges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tax_subtotals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"line_extension_amount" numeric(20, 4) NOT NULL,
	"allowance_total" numeric(20, 4) DEFAULT '0' NOT NULL,
	"charge_total" numeric(20, 4) DEFAULT '0' NOT NULL,
	"tax_exclusive_amount" numeric(20, 4) NOT NULL,
	"tax_amount" numeric(20, 4) NOT NULL,
	"tax_inclusive_amount" numeric(20, 4) NOT NULL,
	"prepaid_amount" numeric(20, 4) DEFAULT '0' NOT NULL,
	"rounding_amount" numeric(20, 4) DEFAULT '0' NOT NULL,
	"payable_amount" numeric(20, 4) NOT NULL,
	"payable_amount_base" numeric(20, 4) NOT NULL,
	"payment_terms_net_days" smallint NOT NULL,
	"payment_terms_basis" text NOT NULL,
	"early_payment_discount_percent" numeric(5, 2),
	"early_payment_discount_days" smallint,
	"due_date" date NOT NULL,
	"discount_date" date,
	"bank_account" jsonb,
	"note" text,
	"exceptions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"possible_duplicate_of_id" uuid,
	"accepted_exceptions" jsonb,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"accept_reason" text,
	"credit_note_requested_at" timestamp with time zone,
	"credit_note_request_note" text,
	"matched_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"held_from_status" text,
	"hold_reason" text,
	"reject_reason" text,
	"cancel_reason" text,
	"paid_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_accepted" CHECK (("invoices"."accepted_at" is null) = ("invoices"."accepted_by" is null))
);
--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "match_type" text DEFAULT 'three_way' NOT NULL;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD COLUMN "match_type" text;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD COLUMN "payment_terms_basis" text DEFAULT 'invoice_date' NOT NULL;--> statement-breakpoint
ALTER TABLE "receipt_lines" ADD COLUMN "quantity_invoiced" numeric(18, 6) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "suppliers" ADD COLUMN "payment_terms_basis" text DEFAULT 'invoice_date' NOT NULL;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_matches" ADD CONSTRAINT "invoice_matches_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_matches" ADD CONSTRAINT "invoice_matches_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_matches" ADD CONSTRAINT "invoice_matches_receipt_id_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_currency_currencies_code_fk" FOREIGN KEY ("currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invoice_matches_invoice_idx" ON "invoice_matches" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "invoice_matches_order_idx" ON "invoice_matches" USING btree ("purchase_order_id","order_line_no");--> statement-breakpoint
CREATE INDEX "invoice_matches_receipt_idx" ON "invoice_matches" USING btree ("receipt_id","receipt_line_no");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_key" ON "invoices" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_supplier_number_key" ON "invoices" USING btree ("supplier_id","supplier_invoice_key") WHERE "invoices"."status" not in ('rejected', 'cancelled');--> statement-breakpoint
CREATE INDEX "invoices_seq_idx" ON "invoices" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "invoices_status_idx" ON "invoices" USING btree ("status","seq");--> statement-breakpoint
CREATE INDEX "invoices_supplier_idx" ON "invoices" USING btree ("supplier_id","seq");--> statement-breakpoint
CREATE INDEX "invoices_order_idx" ON "invoices" USING btree ("purchase_order_id","seq");--> statement-breakpoint
CREATE INDEX "invoices_due_idx" ON "invoices" USING btree ("due_date") WHERE "invoices"."status" in ('approved_for_payment', 'scheduled');--> statement-breakpoint
CREATE INDEX "invoices_supplier_amount_idx" ON "invoices" USING btree ("supplier_id","payable_amount","issue_date");--> statement-breakpoint
ALTER TABLE "receipt_lines" ADD CONSTRAINT "receipt_lines_invoiced" CHECK ("receipt_lines"."quantity_invoiced" >= 0 and "receipt_lines"."quantity_invoiced" <= "receipt_lines"."quantity_accepted");--> statement-breakpoint
UPDATE "settings" SET "number_formats" = "number_formats" || '{"invoice": "INV-{YYYY}-{#####}"}'::jsonb
  WHERE NOT ("number_formats" ? 'invoice');
