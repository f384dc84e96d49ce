ALTER TABLE "items" ADD COLUMN "service" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "receipt_lines" ADD COLUMN "confirmed_amount" numeric(20, 4);--> statement-breakpoint
ALTER TABLE "receipt_lines" ADD COLUMN "confirmed_percent" numeric(7, 4);