CREATE TABLE "tolerance_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"supplier_id" uuid,
	"category_id" uuid,
	"item_id" uuid,
	"over_receipt_percent" numeric(9, 4),
	"over_receipt_quantity" numeric(20, 6),
	"price_variance_percent" numeric(9, 4),
	"price_variance_amount" numeric(20, 6),
	"quantity_variance_percent" numeric(9, 4),
	"quantity_variance_quantity" numeric(20, 6),
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tolerance_rules_target_check" CHECK (("tolerance_rules"."scope" = 'global' and "tolerance_rules"."supplier_id" is null and "tolerance_rules"."category_id" is null and "tolerance_rules"."item_id" is null)
        or ("tolerance_rules"."scope" = 'supplier' and "tolerance_rules"."supplier_id" is not null and "tolerance_rules"."category_id" is null and "tolerance_rules"."item_id" is null)
        or ("tolerance_rules"."scope" = 'category' and "tolerance_rules"."category_id" is not null and "tolerance_rules"."supplier_id" is null and "tolerance_rules"."item_id" is null)
        or ("tolerance_rules"."scope" = 'item' and "tolerance_rules"."item_id" is not null and "tolerance_rules"."supplier_id" is null and "tolerance_rules"."category_id" is null))
);
--> statement-breakpoint
ALTER TABLE "tolerance_rules" ADD CONSTRAINT "tolerance_rules_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_rules" ADD CONSTRAINT "tolerance_rules_category_id_item_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."item_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_rules" ADD CONSTRAINT "tolerance_rules_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tolerance_rules_target_key" ON "tolerance_rules" USING btree ("scope",coalesce("supplier_id", "category_id", "item_id", '00000000-0000-0000-0000-000000000000'::uuid));