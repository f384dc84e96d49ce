CREATE TABLE "order_rating_requests" (
	"purchase_order_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"rater_role" text NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "order_rating_requests_purchase_order_id_user_id_pk" PRIMARY KEY("purchase_order_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "order_rating_requests" ADD CONSTRAINT "order_rating_requests_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_rating_requests" ADD CONSTRAINT "order_rating_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "order_ratings_one_per_rater_key" ON "order_ratings" USING btree ("purchase_order_id","rated_by",coalesce("line_no", 0));