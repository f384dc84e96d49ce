CREATE TABLE "scorecard_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"supplier_id" uuid NOT NULL,
	"period" text NOT NULL,
	"language" text NOT NULL,
	"recipients" text[] NOT NULL,
	"message" text,
	"corrective_action_id" uuid,
	"score" text,
	"grade" text,
	"sent_by" uuid,
	"sent_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'preparing' NOT NULL,
	"content" jsonb,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"email_message_id" uuid,
	"file_name" text,
	"file_sha256" text,
	"file_size_bytes" integer,
	"prepared_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "supplier_corrective_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"supplier_id" uuid NOT NULL,
	"note" text NOT NULL,
	"due_date" date NOT NULL,
	"period" text,
	"status" text DEFAULT 'open' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"outcome" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "supplier_corrective_actions_closed" CHECK (("supplier_corrective_actions"."status" = 'closed') = ("supplier_corrective_actions"."closed_at" IS NOT NULL AND "supplier_corrective_actions"."outcome" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "scorecard_reviews" ADD CONSTRAINT "scorecard_reviews_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_reviews" ADD CONSTRAINT "scorecard_reviews_corrective_action_id_supplier_corrective_actions_id_fk" FOREIGN KEY ("corrective_action_id") REFERENCES "public"."supplier_corrective_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_reviews" ADD CONSTRAINT "scorecard_reviews_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_reviews" ADD CONSTRAINT "scorecard_reviews_email_message_id_email_messages_id_fk" FOREIGN KEY ("email_message_id") REFERENCES "public"."email_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_corrective_actions" ADD CONSTRAINT "supplier_corrective_actions_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_corrective_actions" ADD CONSTRAINT "supplier_corrective_actions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_corrective_actions" ADD CONSTRAINT "supplier_corrective_actions_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scorecard_reviews_supplier_idx" ON "scorecard_reviews" USING btree ("supplier_id","seq");--> statement-breakpoint
CREATE INDEX "scorecard_reviews_preparing_idx" ON "scorecard_reviews" USING btree ("seq") WHERE "scorecard_reviews"."status" = 'preparing';--> statement-breakpoint
CREATE INDEX "supplier_corrective_actions_supplier_idx" ON "supplier_corrective_actions" USING btree ("supplier_id","requested_at");