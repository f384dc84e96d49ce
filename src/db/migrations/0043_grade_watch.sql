CREATE TABLE "supplier_grade_watch" (
	"supplier_id" uuid PRIMARY KEY NOT NULL,
	"grade" text,
	"score" numeric(5, 1),
	"reviewed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "supplier_grade_watch" ADD CONSTRAINT "supplier_grade_watch_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;