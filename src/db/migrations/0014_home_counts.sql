CREATE TABLE "purchase_order_state_counts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"department_id" uuid,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "purchase_order_state_counts_department_idx" ON "purchase_order_state_counts" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "document_approval_steps_completed_idx" ON "document_approval_steps" USING btree ("completed_at") WHERE "document_approval_steps"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "purchase_orders_awaiting_delivery_idx" ON "purchase_orders" USING btree ("expected_delivery_date") WHERE "purchase_orders"."status" in ('approved', 'sent', 'acknowledged', 'partially_received');--> statement-breakpoint
CREATE INDEX "purchase_orders_returned_idx" ON "purchase_orders" USING btree ("buyer_id") WHERE "purchase_orders"."return_kind" is not null;--> statement-breakpoint
CREATE INDEX "requisitions_returned_idx" ON "requisitions" USING btree ("requester_id") WHERE "requisitions"."return_kind" is not null;--> statement-breakpoint
-- purchase_order_state_counts: how many orders are in each status, per department. The trigger
-- only appends (+1 for the new status and department, −1 for the old), so concurrent writers
-- never wait on a shared counter row; `foldPurchaseOrderStateCounts` folds the rows into one per
-- (status, department) every minute, and readers sum what is there.
CREATE OR REPLACE FUNCTION purchase_order_state_counts_apply() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = NEW.status
     AND OLD.department_id IS NOT DISTINCT FROM NEW.department_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO purchase_order_state_counts (status, department_id, n) VALUES (OLD.status, OLD.department_id, -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO purchase_order_state_counts (status, department_id, n) VALUES (NEW.status, NEW.department_id, 1);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER purchase_order_state_counts_trigger
  AFTER INSERT OR DELETE OR UPDATE OF status, department_id ON purchase_orders
  FOR EACH ROW EXECUTE FUNCTION purchase_order_state_counts_apply();
--> statement-breakpoint
INSERT INTO purchase_order_state_counts (status, department_id, n)
  SELECT status, department_id, count(*) FROM purchase_orders GROUP BY status, department_id;
