ALTER TABLE "dispatches" ALTER COLUMN "email_message_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "dispatches" ADD COLUMN "status" text DEFAULT 'ready' NOT NULL;--> statement-breakpoint
ALTER TABLE "dispatches" ADD COLUMN "content" jsonb;--> statement-breakpoint
ALTER TABLE "dispatches" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dispatches" ADD COLUMN "error" text;--> statement-breakpoint
ALTER TABLE "dispatches" ADD COLUMN "prepared_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "dispatches_preparing_idx" ON "dispatches" USING btree ("seq") WHERE "dispatches"."status" = 'preparing';