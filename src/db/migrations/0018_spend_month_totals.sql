CREATE TABLE "spend_month_totals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"month" date NOT NULL,
	"amount_base" numeric(20, 4) NOT NULL,
	"order_count" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "spend_month_totals_month_idx" ON "spend_month_totals" USING btree ("month");--> statement-breakpoint
-- spend_month_totals: spend per month, every supplier together. The trigger on spend_monthly only
-- appends (its new row, minus its old), so concurrent order writes never wait on a shared month
-- row; `foldSpendMonthTotals` folds the rows into one per month every minute, and readers sum
-- what is there.
CREATE OR REPLACE FUNCTION spend_month_totals_apply() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.month = NEW.month AND OLD.amount_base = NEW.amount_base
     AND OLD.order_count = NEW.order_count THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO spend_month_totals (month, amount_base, order_count)
      VALUES (OLD.month, -OLD.amount_base, -OLD.order_count);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO spend_month_totals (month, amount_base, order_count)
      VALUES (NEW.month, NEW.amount_base, NEW.order_count);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER spend_month_totals_trigger
  AFTER INSERT OR UPDATE OR DELETE ON spend_monthly
  FOR EACH ROW EXECUTE FUNCTION spend_month_totals_apply();
--> statement-breakpoint
INSERT INTO spend_month_totals (month, amount_base, order_count)
  SELECT month, sum(amount_base), sum(order_count) FROM spend_monthly GROUP BY month;
