CREATE TABLE "dispatch_files" (
	"sha256" char(64) PRIMARY KEY NOT NULL,
	"size_bytes" bigint NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispatches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"revision" integer NOT NULL,
	"recipients" text[] NOT NULL,
	"message" text,
	"reason" text,
	"automatic" boolean DEFAULT false NOT NULL,
	"sent_by" uuid,
	"sent_at" timestamp with time zone NOT NULL,
	"email_message_id" uuid NOT NULL,
	"files" jsonb NOT NULL,
	"ubl_omitted_reason" text
);
--> statement-breakpoint
ALTER TABLE "email_messages" ADD COLUMN "raw" "bytea";--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "auto_send_on_approval" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_email_message_id_email_messages_id_fk" FOREIGN KEY ("email_message_id") REFERENCES "public"."email_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dispatches_order_idx" ON "dispatches" USING btree ("purchase_order_id","seq");--> statement-breakpoint
-- Suppliers written before order contacts existed: their first contact with an e-mail address
-- receives the orders (docs/dispatch.md); a buyer can flag others on the supplier.
UPDATE "suppliers" AS s SET "contacts" = (
  SELECT jsonb_agg(CASE WHEN e.ord = f.first THEN e.c || '{"orderContact": true}'::jsonb ELSE e.c END ORDER BY e.ord)
  FROM jsonb_array_elements(s."contacts") WITH ORDINALITY AS e(c, ord),
    (SELECT min(x.ord) AS first FROM jsonb_array_elements(s."contacts") WITH ORDINALITY AS x(c, ord)
      WHERE coalesce(x.c->>'email', '') <> '') AS f
)
WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(s."contacts") AS c WHERE coalesce(c->>'email', '') <> '');
