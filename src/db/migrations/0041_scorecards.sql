CREATE TABLE "evaluation_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"grace_days" integer DEFAULT 0 NOT NULL,
	"response_days" integer DEFAULT 2 NOT NULL,
	"minimum_orders" integer DEFAULT 3 NOT NULL,
	"weights" jsonb NOT NULL,
	"grade_bands" jsonb NOT NULL,
	"warn_below_grade" text DEFAULT 'C' NOT NULL,
	"ranking_price_weight" integer DEFAULT 50 NOT NULL,
	"facts_built_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"line_no" integer,
	"rated_by" uuid NOT NULL,
	"rater_role" text NOT NULL,
	"delivery" smallint NOT NULL,
	"quality" smallint NOT NULL,
	"service" smallint NOT NULL,
	"comment" text,
	"shared" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_ratings_scores" CHECK ("order_ratings"."delivery" between 1 and 5 and "order_ratings"."quality" between 1 and 5 and "order_ratings"."service" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "supplier_score_facts" (
	"purchase_order_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"month" date NOT NULL,
	"orders" integer DEFAULT 0 NOT NULL,
	"lines_settled" integer DEFAULT 0 NOT NULL,
	"lines_in_full" integer DEFAULT 0 NOT NULL,
	"lines_timed" integer DEFAULT 0 NOT NULL,
	"lines_on_time" integer DEFAULT 0 NOT NULL,
	"lines_otif" integer DEFAULT 0 NOT NULL,
	"days_late_sum" integer DEFAULT 0 NOT NULL,
	"qty_timed" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_on_time" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_received" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_inspected" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_accepted" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_rejected" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_returned" numeric(20, 6) DEFAULT '0' NOT NULL,
	"invoice_lines" integer DEFAULT 0 NOT NULL,
	"invoice_lines_at_price" integer DEFAULT 0 NOT NULL,
	"invoiced_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"invoiced_at_order_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"list_lines" integer DEFAULT 0 NOT NULL,
	"list_order_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"list_price_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"last_lines" integer DEFAULT 0 NOT NULL,
	"last_order_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"last_price_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"invoices" integer DEFAULT 0 NOT NULL,
	"invoices_first_pass" integer DEFAULT 0 NOT NULL,
	"orders_sent" integer DEFAULT 0 NOT NULL,
	"orders_answered" integer DEFAULT 0 NOT NULL,
	"orders_answered_in_time" integer DEFAULT 0 NOT NULL,
	"response_hours_sum" numeric(20, 4) DEFAULT '0' NOT NULL,
	"changes_proposed" integer DEFAULT 0 NOT NULL,
	"ratings" integer DEFAULT 0 NOT NULL,
	"rating_delivery_sum" integer DEFAULT 0 NOT NULL,
	"rating_quality_sum" integer DEFAULT 0 NOT NULL,
	"rating_service_sum" integer DEFAULT 0 NOT NULL,
	"rejections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "supplier_score_facts_purchase_order_id_category_id_pk" PRIMARY KEY("purchase_order_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "supplier_score_months" (
	"supplier_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"month" date NOT NULL,
	"orders" integer DEFAULT 0 NOT NULL,
	"lines_settled" integer DEFAULT 0 NOT NULL,
	"lines_in_full" integer DEFAULT 0 NOT NULL,
	"lines_timed" integer DEFAULT 0 NOT NULL,
	"lines_on_time" integer DEFAULT 0 NOT NULL,
	"lines_otif" integer DEFAULT 0 NOT NULL,
	"days_late_sum" integer DEFAULT 0 NOT NULL,
	"qty_timed" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_on_time" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_received" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_inspected" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_accepted" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_rejected" numeric(20, 6) DEFAULT '0' NOT NULL,
	"qty_returned" numeric(20, 6) DEFAULT '0' NOT NULL,
	"invoice_lines" integer DEFAULT 0 NOT NULL,
	"invoice_lines_at_price" integer DEFAULT 0 NOT NULL,
	"invoiced_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"invoiced_at_order_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"list_lines" integer DEFAULT 0 NOT NULL,
	"list_order_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"list_price_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"last_lines" integer DEFAULT 0 NOT NULL,
	"last_order_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"last_price_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"invoices" integer DEFAULT 0 NOT NULL,
	"invoices_first_pass" integer DEFAULT 0 NOT NULL,
	"orders_sent" integer DEFAULT 0 NOT NULL,
	"orders_answered" integer DEFAULT 0 NOT NULL,
	"orders_answered_in_time" integer DEFAULT 0 NOT NULL,
	"response_hours_sum" numeric(20, 4) DEFAULT '0' NOT NULL,
	"changes_proposed" integer DEFAULT 0 NOT NULL,
	"ratings" integer DEFAULT 0 NOT NULL,
	"rating_delivery_sum" integer DEFAULT 0 NOT NULL,
	"rating_quality_sum" integer DEFAULT 0 NOT NULL,
	"rating_service_sum" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "supplier_score_months_supplier_id_category_id_month_pk" PRIMARY KEY("supplier_id","category_id","month")
);
--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "had_exception" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "order_ratings" ADD CONSTRAINT "order_ratings_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_ratings" ADD CONSTRAINT "order_ratings_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_ratings" ADD CONSTRAINT "order_ratings_rated_by_users_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_score_facts" ADD CONSTRAINT "supplier_score_facts_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_score_facts" ADD CONSTRAINT "supplier_score_facts_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_score_months" ADD CONSTRAINT "supplier_score_months_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_ratings_order_idx" ON "order_ratings" USING btree ("purchase_order_id");--> statement-breakpoint
CREATE INDEX "order_ratings_supplier_idx" ON "order_ratings" USING btree ("supplier_id","created_at");--> statement-breakpoint
CREATE INDEX "supplier_score_facts_supplier_idx" ON "supplier_score_facts" USING btree ("supplier_id","month");--> statement-breakpoint
CREATE INDEX "supplier_score_months_category_idx" ON "supplier_score_months" USING btree ("category_id","month");--> statement-breakpoint
-- The settings' one row, as a new organisation starts (src/domain/evaluation.ts); facts_built_at
-- stays null, so the evaluation-rebuild job scores the orders already there.
INSERT INTO "evaluation_settings" ("id", "weights", "grade_bands") VALUES (1,
  '{"onTime":25,"inFull":15,"quality":20,"price":10,"invoiceAccuracy":10,"responsiveness":10,"satisfaction":10}'::jsonb,
  '{"A":90,"B":75,"C":60}'::jsonb) ON CONFLICT DO NOTHING;--> statement-breakpoint
-- Invoices some match found an exception before this column existed: their events say so, and
-- what was accepted, routed or asked of the supplier says so too.
UPDATE "invoices" SET "had_exception" = true
WHERE "status" = 'exception' OR "held_from_status" = 'exception' OR "accepted_exceptions" IS NOT NULL
  OR "variance_approval_status" IS NOT NULL OR "credit_note_requested_at" IS NOT NULL
  OR "id"::text IN (SELECT "subject_id" FROM "events" WHERE "subject_type" = 'invoice' AND "payload"->>'status' = 'exception');
