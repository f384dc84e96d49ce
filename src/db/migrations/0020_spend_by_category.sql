CREATE TABLE "spend_category_months" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"category_id" uuid NOT NULL,
	"month" date NOT NULL,
	"amount_base" numeric(20, 4) NOT NULL,
	"line_count" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD COLUMN "category_id" uuid;--> statement-breakpoint
CREATE INDEX "spend_category_months_month_idx" ON "spend_category_months" USING btree ("month","category_id");
--> statement-breakpoint
-- The appended summaries are small and rewritten by the minute fold: vacuum and analyse them after
-- a thousand changed rows rather than after a fifth of the table, so readers do not scan dead pages.
ALTER TABLE spend_category_months SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);
--> statement-breakpoint
ALTER TABLE spend_month_totals SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);
--> statement-breakpoint
ALTER TABLE purchase_order_state_counts SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);
--> statement-breakpoint
-- Spend by item category. A purchase-order line books its spend to the category its item has when
-- the line is written (purchase_order_lines.category_id, filled below); a free-text line to none
-- (the nil uuid in the summary). A line of a committed order (spend_monthly_counts) contributes
-- its gross amount in base currency, round((net + tax) × rate, 4), less its short-closed value
-- (spend_line_short_closed_base): the per-line parts of spend_monthly's rule. The triggers only
-- append deltas to spend_category_months; `foldSpendCategoryMonths` folds them every minute.
CREATE OR REPLACE FUNCTION purchase_order_line_category() RETURNS trigger AS $$
BEGIN
  IF NEW.item_id IS NOT NULL AND NEW.category_id IS NULL AND TG_OP = 'INSERT' THEN
    NEW.category_id := (SELECT category_id FROM items WHERE id = NEW.item_id);
  ELSIF TG_OP = 'UPDATE' AND NEW.item_id IS DISTINCT FROM OLD.item_id THEN
    NEW.category_id := (SELECT category_id FROM items WHERE id = NEW.item_id);
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spend_line_base(gross numeric, quantity numeric, short_closed numeric, rate numeric)
RETURNS numeric AS $$
  SELECT round(gross * rate, 4) - spend_line_short_closed_base(gross, quantity, short_closed, rate);
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spend_category_append(p_category uuid, p_month date, p_amount numeric, p_count integer)
RETURNS void AS $$
BEGIN
  INSERT INTO spend_category_months (category_id, month, amount_base, line_count)
    VALUES (coalesce(p_category, '00000000-0000-0000-0000-000000000000'::uuid), p_month, p_amount, p_count);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- What an order's lines book (sign 1) or take back (sign -1), at the order's month and rate.
CREATE OR REPLACE FUNCTION spend_category_book_order(p_order uuid, p_order_date date, p_rate numeric, p_sign integer)
RETURNS void AS $$
  INSERT INTO spend_category_months (category_id, month, amount_base, line_count)
    SELECT coalesce(l.category_id, '00000000-0000-0000-0000-000000000000'::uuid),
           date_trunc('month', p_order_date)::date,
           p_sign * sum(spend_line_base(l.net_amount + l.tax_amount, l.quantity, l.quantity_short_closed, p_rate)),
           p_sign * count(*)::integer
      FROM purchase_order_lines l WHERE l.purchase_order_id = p_order GROUP BY 1;
$$ LANGUAGE sql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spend_category_apply_order() RETURNS trigger AS $$
BEGIN
  -- What the order's lines booked before the change goes out, what they book after comes in.
  IF TG_OP <> 'INSERT' AND spend_monthly_counts(OLD.status, OLD.held_from_status) THEN
    PERFORM spend_category_book_order(OLD.id, OLD.order_date, OLD.exchange_rate, -1);
  END IF;
  -- A new order has no lines yet (they reference it): they book themselves as they are inserted.
  IF TG_OP = 'UPDATE' AND spend_monthly_counts(NEW.status, NEW.held_from_status) THEN
    PERFORM spend_category_book_order(NEW.id, NEW.order_date, NEW.exchange_rate, 1);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spend_category_apply_line() RETURNS trigger AS $$
DECLARE
  o record;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT order_date, exchange_rate, status, held_from_status INTO o
      FROM purchase_orders WHERE id = OLD.purchase_order_id;
    IF FOUND AND spend_monthly_counts(o.status, o.held_from_status) THEN
      PERFORM spend_category_append(OLD.category_id, date_trunc('month', o.order_date)::date,
        -spend_line_base(OLD.net_amount + OLD.tax_amount, OLD.quantity, OLD.quantity_short_closed, o.exchange_rate), -1);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT order_date, exchange_rate, status, held_from_status INTO o
      FROM purchase_orders WHERE id = NEW.purchase_order_id;
    IF FOUND AND spend_monthly_counts(o.status, o.held_from_status) THEN
      PERFORM spend_category_append(NEW.category_id, date_trunc('month', o.order_date)::date,
        spend_line_base(NEW.net_amount + NEW.tax_amount, NEW.quantity, NEW.quantity_short_closed, o.exchange_rate), 1);
    END IF;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
LOCK TABLE purchase_orders, purchase_order_lines IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
UPDATE purchase_order_lines l SET category_id = i.category_id FROM items i WHERE l.item_id = i.id;
--> statement-breakpoint
INSERT INTO spend_category_months (category_id, month, amount_base, line_count)
SELECT coalesce(l.category_id, '00000000-0000-0000-0000-000000000000'::uuid),
       date_trunc('month', o.order_date)::date,
       sum(spend_line_base(l.net_amount + l.tax_amount, l.quantity, l.quantity_short_closed, o.exchange_rate)),
       count(*)::integer
FROM purchase_order_lines l JOIN purchase_orders o ON o.id = l.purchase_order_id
WHERE spend_monthly_counts(o.status, o.held_from_status)
GROUP BY 1, 2;
--> statement-breakpoint
CREATE TRIGGER purchase_order_lines_category BEFORE INSERT OR UPDATE OF item_id ON purchase_order_lines
  FOR EACH ROW EXECUTE FUNCTION purchase_order_line_category();
--> statement-breakpoint
-- An order's lines move when it starts or stops counting, or changes month or rate while it counts.
CREATE TRIGGER purchase_orders_spend_category_update
  AFTER UPDATE OF status, held_from_status, order_date, exchange_rate ON purchase_orders
  FOR EACH ROW WHEN (
    (spend_monthly_counts(OLD.status, OLD.held_from_status)
       OR spend_monthly_counts(NEW.status, NEW.held_from_status))
    AND (spend_monthly_counts(OLD.status, OLD.held_from_status), date_trunc('month', OLD.order_date), OLD.exchange_rate)
      IS DISTINCT FROM
        (spend_monthly_counts(NEW.status, NEW.held_from_status), date_trunc('month', NEW.order_date), NEW.exchange_rate)
  )
  EXECUTE FUNCTION spend_category_apply_order();
--> statement-breakpoint
-- Before the delete, while the order's lines (deleted by cascade after it) are still there.
CREATE TRIGGER purchase_orders_spend_category_delete BEFORE DELETE ON purchase_orders
  FOR EACH ROW WHEN (spend_monthly_counts(OLD.status, OLD.held_from_status))
  EXECUTE FUNCTION spend_category_apply_order();
--> statement-breakpoint
CREATE TRIGGER purchase_order_lines_spend_category_insert AFTER INSERT ON purchase_order_lines
  FOR EACH ROW EXECUTE FUNCTION spend_category_apply_line();
--> statement-breakpoint
CREATE TRIGGER purchase_order_lines_spend_category_update
  AFTER UPDATE OF item_id, category_id, net_amount, tax_amount, quantity, quantity_short_closed, purchase_order_id
  ON purchase_order_lines
  FOR EACH ROW WHEN (
    (OLD.category_id, OLD.net_amount, OLD.tax_amount, OLD.quantity, OLD.quantity_short_closed, OLD.purchase_order_id)
      IS DISTINCT FROM
        (NEW.category_id, NEW.net_amount, NEW.tax_amount, NEW.quantity, NEW.quantity_short_closed, NEW.purchase_order_id)
  )
  EXECUTE FUNCTION spend_category_apply_line();
--> statement-breakpoint
CREATE TRIGGER purchase_order_lines_spend_category_delete AFTER DELETE ON purchase_order_lines
  FOR EACH ROW EXECUTE FUNCTION spend_category_apply_line();
