-- pg_trgm answers LIKE '%fragment%' from a GIN index (PGlite loads the same extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "purchase_orders_number_prefix_idx";--> statement-breakpoint
CREATE INDEX "items_sku_trgm_idx" ON "items" USING gin (lower("sku") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "items_name_trgm_idx" ON "items" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "purchase_orders_supplier_status_idx" ON "purchase_orders" USING btree ("supplier_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "purchase_orders_number_prefix_idx" ON "purchase_orders" USING btree (upper("number") text_pattern_ops);--> statement-breakpoint
-- The audit chain's head for an appending writer: takes the chain's transaction lock, then reads
-- the newest hash. A VOLATILE function's statements each take a fresh snapshot, so the read sees
-- the entry of the writer that held the lock before. recordAudit inserts from it in one statement.
CREATE OR REPLACE FUNCTION audit_chain_head() RETURNS text AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(727275);
  RETURN coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), repeat('0', 64));
END;
$$ LANGUAGE plpgsql VOLATILE;
