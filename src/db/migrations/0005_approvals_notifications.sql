CREATE TABLE "email_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"to_user_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"delivered_to" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"document_type" text,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "document_approval_steps" ADD COLUMN "activated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "document_approval_steps" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "document_approval_steps" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD COLUMN "approved_total_base" numeric(20, 4);--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD COLUMN "return_kind" text;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD COLUMN "return_reason" text;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD COLUMN "returned_by" uuid;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD COLUMN "returned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "requisitions" ADD COLUMN "return_kind" text;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "budget_control" text DEFAULT 'approval' NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "budget_approver_role" text DEFAULT 'finance' NOT NULL;--> statement-breakpoint
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_to_user_id_users_id_fk" FOREIGN KEY ("to_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_messages_created_idx" ON "email_messages" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "email_messages_queued_idx" ON "email_messages" USING btree ("created_at") WHERE "email_messages"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_returned_by_users_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_approval_steps_active_idx" ON "document_approval_steps" USING btree ("activated_at") WHERE "document_approval_steps"."status" = 'pending';--> statement-breakpoint
UPDATE "document_approval_steps" s SET "activated_at" = s."created_at"
WHERE s."status" <> 'pending' OR s."level" = (
  SELECT min(p."level") FROM "document_approval_steps" p
  WHERE p."document_type" = s."document_type" AND p."document_id" = s."document_id"
    AND p."round" = s."round" AND p."status" = 'pending'
);--> statement-breakpoint
UPDATE "purchase_orders" SET "approved_total_base" = "total_base" WHERE "approved_at" IS NOT NULL;
