CREATE TABLE "delivery_tracking" (
	"purchase_order_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"order_number" text NOT NULL,
	"supplier_id" uuid NOT NULL,
	"buyer_id" uuid NOT NULL,
	"department_id" uuid,
	"description" text NOT NULL,
	"unit_code" text NOT NULL,
	"open_quantity" numeric(18, 6) NOT NULL,
	"in_transit_quantity" numeric(18, 6) NOT NULL,
	"needed_by" date,
	"promised_date" date,
	"expected_date" date,
	"sort_date" date NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"acknowledged" boolean NOT NULL,
	"promised_late" boolean NOT NULL,
	"expected_moved" boolean NOT NULL,
	"notified_state" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "delivery_tracking_purchase_order_id_line_no_pk" PRIMARY KEY("purchase_order_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "tracking_reminders" (
	"purchase_order_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"day" date NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tracking_reminders_purchase_order_id_reason_day_pk" PRIMARY KEY("purchase_order_id","reason","day")
);
--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "acknowledgement_due_days" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "delivery_reminder_days" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "delivery_tracking" ADD CONSTRAINT "delivery_tracking_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_tracking" ADD CONSTRAINT "delivery_tracking_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_tracking" ADD CONSTRAINT "delivery_tracking_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_reminders" ADD CONSTRAINT "tracking_reminders_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delivery_tracking_sort_idx" ON "delivery_tracking" USING btree ("sort_date","purchase_order_id","line_no");--> statement-breakpoint
CREATE INDEX "delivery_tracking_supplier_idx" ON "delivery_tracking" USING btree ("supplier_id","sort_date","purchase_order_id","line_no");--> statement-breakpoint
CREATE INDEX "delivery_tracking_buyer_idx" ON "delivery_tracking" USING btree ("buyer_id","sort_date","purchase_order_id","line_no");--> statement-breakpoint
-- Orders sent before tracking existed: their open lines, as the tracking consumer writes them.
INSERT INTO "delivery_tracking" (purchase_order_id, line_no, order_number, supplier_id, buyer_id,
  department_id, description, unit_code, open_quantity, in_transit_quantity, needed_by, promised_date,
  expected_date, sort_date, sent_at, acknowledged, promised_late, expected_moved, updated_at)
SELECT o.id, l.line_no, o.number, o.supplier_id, o.buyer_id, o.department_id, l.description, l.unit_code,
  l.quantity - l.quantity_short_closed - l.quantity_received,
  greatest(l.quantity_shipped - l.quantity_received, 0),
  coalesce(l.needed_by, o.expected_delivery_date),
  l.promised_date,
  coalesce(sn.expected, l.promised_date, l.needed_by, o.expected_delivery_date),
  coalesce(sn.expected, l.promised_date, l.needed_by, o.expected_delivery_date, DATE '9999-12-31'),
  o.first_sent_at,
  o.status <> 'sent',
  coalesce(l.promised_date > coalesce(l.needed_by, o.expected_delivery_date), false),
  coalesce(sn.expected > coalesce(l.promised_date, l.needed_by, o.expected_delivery_date), false),
  now()
FROM purchase_orders o
JOIN purchase_order_lines l ON l.purchase_order_id = o.id
LEFT JOIN LATERAL (
  SELECT s.expected_delivery_date AS expected FROM ship_notices s
  JOIN ship_notice_lines sl ON sl.ship_notice_id = s.id AND sl.line_no = l.line_no
  WHERE s.purchase_order_id = o.id AND s.expected_delivery_date IS NOT NULL
  ORDER BY s.seq DESC LIMIT 1
) sn ON true
WHERE o.status IN ('sent', 'acknowledged', 'partially_received') AND o.first_sent_at IS NOT NULL
  AND l.quantity - l.quantity_short_closed - l.quantity_received > 0;
