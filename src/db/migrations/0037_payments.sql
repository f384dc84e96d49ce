CREATE TABLE "payment_run_lines" (
	"payment_run_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"invoice_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"status" text NOT NULL,
	"open_amount" numeric(20, 4) NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"discount_amount" numeric(20, 4) DEFAULT '0' NOT NULL,
	"reason" text NOT NULL,
	"payment_id" uuid,
	CONSTRAINT "payment_run_lines_payment_run_id_line_no_pk" PRIMARY KEY("payment_run_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "payment_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"number" text NOT NULL,
	"status" text NOT NULL,
	"payment_date" date NOT NULL,
	"due_by" date NOT NULL,
	"next_run_date" date NOT NULL,
	"currency" char(3),
	"supplier_id" uuid,
	"debtor_account" jsonb,
	"note" text,
	"created_by" uuid,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"payment_run_id" uuid NOT NULL,
	"number" text NOT NULL,
	"status" text NOT NULL,
	"method" text NOT NULL,
	"supplier_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"discount_amount" numeric(20, 4) DEFAULT '0' NOT NULL,
	"amount_base" numeric(20, 4) NOT NULL,
	"invoiced_amount_base" numeric(20, 4) NOT NULL,
	"exchange_rate" numeric(20, 10) NOT NULL,
	"creditor_account" jsonb NOT NULL,
	"remittance" text NOT NULL,
	"paid_at" timestamp with time zone,
	"rejected_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_amount_positive" CHECK ("payments"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "amount_paid" numeric(20, 4) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "discount_taken" numeric(20, 4) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "payment_account" jsonb;--> statement-breakpoint
ALTER TABLE "payment_run_lines" ADD CONSTRAINT "payment_run_lines_payment_run_id_payment_runs_id_fk" FOREIGN KEY ("payment_run_id") REFERENCES "public"."payment_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_run_lines" ADD CONSTRAINT "payment_run_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_run_lines" ADD CONSTRAINT "payment_run_lines_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_runs" ADD CONSTRAINT "payment_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_runs" ADD CONSTRAINT "payment_runs_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_payment_run_id_payment_runs_id_fk" FOREIGN KEY ("payment_run_id") REFERENCES "public"."payment_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_currency_currencies_code_fk" FOREIGN KEY ("currency") REFERENCES "public"."currencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_run_lines_invoice_key" ON "payment_run_lines" USING btree ("payment_run_id","invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_run_lines_scheduled_key" ON "payment_run_lines" USING btree ("invoice_id") WHERE "payment_run_lines"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "payment_run_lines_invoice_idx" ON "payment_run_lines" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "payment_run_lines_payment_idx" ON "payment_run_lines" USING btree ("payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_runs_number_key" ON "payment_runs" USING btree ("number");--> statement-breakpoint
CREATE INDEX "payment_runs_seq_idx" ON "payment_runs" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "payment_runs_status_idx" ON "payment_runs" USING btree ("status","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_number_key" ON "payments" USING btree ("number");--> statement-breakpoint
CREATE INDEX "payments_run_idx" ON "payments" USING btree ("payment_run_id");--> statement-breakpoint
CREATE INDEX "payments_supplier_idx" ON "payments" USING btree ("supplier_id","paid_at");--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_not_overpaid" CHECK ("invoices"."amount_paid" >= 0 and "invoices"."discount_taken" >= 0 and "invoices"."amount_paid" + "invoices"."discount_taken" <= "invoices"."payable_amount");--> statement-breakpoint
UPDATE "settings" SET "number_formats" = "number_formats" || '{"payment_run": "PAY-{YYYY}-{#####}"}'::jsonb WHERE NOT ("number_formats" ? 'payment_run');
