CREATE INDEX "purchase_orders_cost_centre_date_idx" ON "purchase_orders" USING btree ("cost_centre_id","order_date");--> statement-breakpoint
CREATE INDEX "suppliers_legal_name_trgm_idx" ON "suppliers" USING gin (lower("legal_name") gin_trgm_ops);--> statement-breakpoint
-- The purchase orders of at most `cap` lines whose description has words starting with the words
-- of `words` (a prefix tsquery such as 'hex':* & 'bol':*), through the description's full-text
-- index. A function with its own setting, because as a subquery with a LIMIT the planner expects
-- a prefix match to hit 2% of the lines and would scan the table for the first ones: for a rare
-- word that reads every line.
CREATE FUNCTION purchase_order_lines_matching(words text, cap integer)
RETURNS TABLE (purchase_order_id uuid)
LANGUAGE sql STABLE
SET enable_seqscan = off
AS $$
  SELECT l.purchase_order_id FROM purchase_order_lines l
  WHERE words IS NOT NULL AND to_tsvector('simple', l.description) @@ to_tsquery('simple', words)
  LIMIT cap
$$;
