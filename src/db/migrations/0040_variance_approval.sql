ALTER TABLE "invoices" ADD COLUMN "variance_approval_status" text;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "variance_approval_requested_by" uuid;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "variance_approval_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "variance_approval_reason" text;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "variance_amount_base" numeric(20, 4);--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "variance_approval_decided_by" uuid;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "variance_approval_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "variance_approval_note" text;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_variance_approval_requested_by_users_id_fk" FOREIGN KEY ("variance_approval_requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_variance_approval_decided_by_users_id_fk" FOREIGN KEY ("variance_approval_decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;