-- spend_monthly holds, per supplier and month of the order date, the committed spend in base
-- currency and the number of committed orders. An order is committed when approved, sent,
-- acknowledged, partially_received, received or closed, or on_hold when held from one of those.
-- It contributes its total_base less the base value of its short-closed quantities (each line's
-- gross amount × quantity_short_closed / quantity × the order's exchange rate, rounded to 4 places).
--
-- These triggers keep the summary in the same transaction as every write (API, workbench, seed,
-- bulk load): a change to an order applies its contribution's change with its lines held as they
-- are; a change to a line applies its short-closed value's change with its order held as it is.
-- A row whose order count reaches zero is deleted. `openpo spend-verify` compares the summary
-- with the raw sum.
CREATE OR REPLACE FUNCTION spend_monthly_counts(status text, held_from_status text) RETURNS boolean AS $$
  SELECT status IN ('approved', 'sent', 'acknowledged', 'partially_received', 'received', 'closed')
    OR (status = 'on_hold'
        AND held_from_status IN ('approved', 'sent', 'acknowledged', 'partially_received', 'received', 'closed'));
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spend_line_short_closed_base(gross numeric, quantity numeric, short_closed numeric, rate numeric)
RETURNS numeric AS $$
  SELECT coalesce(round(gross * short_closed / nullif(quantity, 0) * rate, 4), 0);
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spend_order_short_closed_base(order_id uuid, rate numeric) RETURNS numeric AS $$
  SELECT coalesce(sum(spend_line_short_closed_base(net_amount + tax_amount, quantity, quantity_short_closed, rate)), 0)
  FROM purchase_order_lines WHERE purchase_order_id = order_id AND quantity_short_closed <> 0;
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spend_monthly_add(p_supplier_id uuid, p_month date, p_amount numeric, p_count integer)
RETURNS void AS $$
DECLARE
  remaining integer;
BEGIN
  IF p_count > 0 THEN
    INSERT INTO spend_monthly AS s (supplier_id, month, amount_base, order_count)
    VALUES (p_supplier_id, p_month, p_amount, p_count)
    ON CONFLICT (supplier_id, month) DO UPDATE
      SET amount_base = s.amount_base + excluded.amount_base, order_count = s.order_count + excluded.order_count;
  ELSE
    UPDATE spend_monthly
      SET amount_base = amount_base + p_amount, order_count = order_count + p_count
      WHERE supplier_id = p_supplier_id AND month = p_month
      RETURNING order_count INTO remaining;
    IF remaining = 0 THEN
      DELETE FROM spend_monthly WHERE supplier_id = p_supplier_id AND month = p_month AND order_count = 0;
    END IF;
  END IF;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spend_monthly_apply_order() RETURNS trigger AS $$
DECLARE
  old_counts boolean := TG_OP <> 'INSERT' AND spend_monthly_counts(OLD.status, OLD.held_from_status);
  new_counts boolean := TG_OP <> 'DELETE' AND spend_monthly_counts(NEW.status, NEW.held_from_status);
  old_month date;
  new_month date;
  old_amount numeric;
  new_amount numeric;
BEGIN
  IF old_counts THEN
    old_month := date_trunc('month', OLD.order_date)::date;
    old_amount := OLD.total_base - spend_order_short_closed_base(OLD.id, OLD.exchange_rate);
  END IF;
  IF new_counts THEN
    new_month := date_trunc('month', NEW.order_date)::date;
    -- A new order has no lines yet (they reference it), so nothing short-closed.
    new_amount := NEW.total_base;
    IF TG_OP <> 'INSERT' THEN
      new_amount := new_amount - spend_order_short_closed_base(NEW.id, NEW.exchange_rate);
    END IF;
  END IF;
  IF old_counts AND new_counts AND OLD.supplier_id = NEW.supplier_id AND old_month = new_month THEN
    IF old_amount <> new_amount THEN
      PERFORM spend_monthly_add(NEW.supplier_id, new_month, new_amount - old_amount, 0);
    END IF;
  ELSIF old_counts AND new_counts THEN
    -- Two summary rows: touch them in key order, so concurrent moves in opposite directions
    -- wait for each other instead of deadlocking.
    IF (OLD.supplier_id, old_month) < (NEW.supplier_id, new_month) THEN
      PERFORM spend_monthly_add(OLD.supplier_id, old_month, -old_amount, -1);
      PERFORM spend_monthly_add(NEW.supplier_id, new_month, new_amount, 1);
    ELSE
      PERFORM spend_monthly_add(NEW.supplier_id, new_month, new_amount, 1);
      PERFORM spend_monthly_add(OLD.supplier_id, old_month, -old_amount, -1);
    END IF;
  ELSIF old_counts THEN
    PERFORM spend_monthly_add(OLD.supplier_id, old_month, -old_amount, -1);
  ELSIF new_counts THEN
    PERFORM spend_monthly_add(NEW.supplier_id, new_month, new_amount, 1);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spend_monthly_apply_line() RETURNS trigger AS $$
DECLARE
  o record;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT supplier_id, order_date, exchange_rate, status, held_from_status INTO o
      FROM purchase_orders WHERE id = OLD.purchase_order_id;
    IF FOUND AND spend_monthly_counts(o.status, o.held_from_status) THEN
      PERFORM spend_monthly_add(o.supplier_id, date_trunc('month', o.order_date)::date,
        spend_line_short_closed_base(OLD.net_amount + OLD.tax_amount, OLD.quantity, OLD.quantity_short_closed, o.exchange_rate), 0);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT supplier_id, order_date, exchange_rate, status, held_from_status INTO o
      FROM purchase_orders WHERE id = NEW.purchase_order_id;
    IF FOUND AND spend_monthly_counts(o.status, o.held_from_status) THEN
      PERFORM spend_monthly_add(o.supplier_id, date_trunc('month', o.order_date)::date,
        -spend_line_short_closed_base(NEW.net_amount + NEW.tax_amount, NEW.quantity, NEW.quantity_short_closed, o.exchange_rate), 0);
    END IF;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
LOCK TABLE purchase_orders, purchase_order_lines IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
CREATE TRIGGER purchase_orders_spend_insert AFTER INSERT ON purchase_orders
  FOR EACH ROW WHEN (spend_monthly_counts(NEW.status, NEW.held_from_status))
  EXECUTE FUNCTION spend_monthly_apply_order();
--> statement-breakpoint
-- Most order writes (drafting, version bumps, dates other than the order date …) change none of
-- these columns, and the WHEN clause skips them without calling the function.
CREATE TRIGGER purchase_orders_spend_update
  AFTER UPDATE OF status, held_from_status, total_base, supplier_id, order_date, exchange_rate ON purchase_orders
  FOR EACH ROW WHEN (
    (OLD.status, OLD.held_from_status, OLD.total_base, OLD.supplier_id, OLD.order_date, OLD.exchange_rate)
      IS DISTINCT FROM (NEW.status, NEW.held_from_status, NEW.total_base, NEW.supplier_id, NEW.order_date, NEW.exchange_rate)
  )
  EXECUTE FUNCTION spend_monthly_apply_order();
--> statement-breakpoint
-- Before the delete, while the order's lines (deleted by cascade after it) are still there.
CREATE TRIGGER purchase_orders_spend_delete BEFORE DELETE ON purchase_orders
  FOR EACH ROW WHEN (spend_monthly_counts(OLD.status, OLD.held_from_status))
  EXECUTE FUNCTION spend_monthly_apply_order();
--> statement-breakpoint
CREATE TRIGGER purchase_order_lines_spend_insert AFTER INSERT ON purchase_order_lines
  FOR EACH ROW WHEN (NEW.quantity_short_closed <> 0)
  EXECUTE FUNCTION spend_monthly_apply_line();
--> statement-breakpoint
CREATE TRIGGER purchase_order_lines_spend_update
  AFTER UPDATE OF quantity_short_closed, net_amount, tax_amount, quantity, purchase_order_id ON purchase_order_lines
  FOR EACH ROW WHEN (
    (OLD.quantity_short_closed <> 0 OR NEW.quantity_short_closed <> 0)
    AND (OLD.quantity_short_closed, OLD.net_amount, OLD.tax_amount, OLD.quantity, OLD.purchase_order_id)
      IS DISTINCT FROM (NEW.quantity_short_closed, NEW.net_amount, NEW.tax_amount, NEW.quantity, NEW.purchase_order_id)
  )
  EXECUTE FUNCTION spend_monthly_apply_line();
--> statement-breakpoint
CREATE TRIGGER purchase_order_lines_spend_delete AFTER DELETE ON purchase_order_lines
  FOR EACH ROW WHEN (OLD.quantity_short_closed <> 0)
  EXECUTE FUNCTION spend_monthly_apply_line();
--> statement-breakpoint
INSERT INTO spend_monthly (supplier_id, month, amount_base, order_count)
SELECT supplier_id, date_trunc('month', order_date)::date,
       sum(total_base - spend_order_short_closed_base(id, exchange_rate)), count(*)::integer
FROM purchase_orders
WHERE spend_monthly_counts(status, held_from_status)
GROUP BY 1, 2;
