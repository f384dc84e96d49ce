CREATE TABLE "spend_monthly" (
	"supplier_id" uuid NOT NULL,
	"month" date NOT NULL,
	"amount_base" numeric(20, 4) DEFAULT '0' NOT NULL,
	"order_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "spend_monthly_supplier_id_month_pk" PRIMARY KEY("supplier_id","month")
);
--> statement-breakpoint
ALTER TABLE "spend_monthly" ADD CONSTRAINT "spend_monthly_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "spend_monthly_month_idx" ON "spend_monthly" USING btree ("month","supplier_id");