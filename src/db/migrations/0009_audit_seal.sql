CREATE TABLE "audit_checkpoints" (
	"id" bigint PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"previous_horizon" "xid8" NOT NULL,
	"horizon" "xid8",
	"seq_floor" bigint NOT NULL,
	"seq_ceiling" bigint,
	"entry_count" integer NOT NULL,
	"first_seq" bigint,
	"last_seq" bigint,
	"head" text NOT NULL,
	"key_id" text NOT NULL,
	"mac" text NOT NULL,
	"sealed_at" timestamp with time zone NOT NULL,
	"emailed" boolean DEFAULT false NOT NULL,
	"filed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"send_attempts" integer DEFAULT 0 NOT NULL,
	"send_error" text
);
--> statement-breakpoint
-- Document numbers move from locked counter rows to one PostgreSQL sequence per document type and
-- year (docnum_<type>_<year>), each continuing after its counter's last value.
DO $$
DECLARE
  r record;
  seq_name text;
BEGIN
  FOR r IN SELECT document_type, year, last_value FROM document_sequences LOOP
    seq_name := 'docnum_' || r.document_type || '_' || r.year;
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I AS bigint', seq_name);
    IF r.last_value > 0 THEN
      PERFORM setval(quote_ident(seq_name)::regclass, r.last_value);
    END IF;
  END LOOP;
END;
$$;--> statement-breakpoint
ALTER TABLE "document_sequences" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "document_sequences" CASCADE;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
-- A constant default first: existing entries read txid 1 (below every real transaction id, so the
-- first checkpoint seals them) without rewriting the table; new entries take their transaction's id.
ALTER TABLE "audit_log" ADD COLUMN "txid" "xid8" DEFAULT '1' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "txid" SET DEFAULT pg_current_xact_id();--> statement-breakpoint
CREATE INDEX "audit_checkpoints_unfiled_idx" ON "audit_checkpoints" USING btree ("id") WHERE "audit_checkpoints"."filed_at" is null;--> statement-breakpoint
CREATE INDEX "audit_checkpoints_unsent_idx" ON "audit_checkpoints" USING btree ("id") WHERE "audit_checkpoints"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "audit_checkpoints_emailed_idx" ON "audit_checkpoints" USING btree ("id") WHERE "audit_checkpoints"."emailed";--> statement-breakpoint
CREATE INDEX "audit_txid_idx" ON "audit_log" USING btree ("txid","seq");--> statement-breakpoint
-- Writers no longer chain entries under a lock: the sealer links them after commit.
DROP FUNCTION IF EXISTS audit_chain_head();--> statement-breakpoint
-- A checkpoint's sealed columns never change and checkpoints are never deleted; only the
-- publication columns (filed_at, sent_at, send_attempts, send_error) are updated.
CREATE OR REPLACE FUNCTION audit_checkpoints_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'audit checkpoints are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.id, NEW.kind, NEW.previous_horizon, NEW.horizon, NEW.seq_floor, NEW.seq_ceiling, NEW.entry_count,
      NEW.first_seq, NEW.last_seq, NEW.head, NEW.key_id, NEW.mac, NEW.sealed_at, NEW.emailed)
     IS DISTINCT FROM
     (OLD.id, OLD.kind, OLD.previous_horizon, OLD.horizon, OLD.seq_floor, OLD.seq_ceiling, OLD.entry_count,
      OLD.first_seq, OLD.last_seq, OLD.head, OLD.key_id, OLD.mac, OLD.sealed_at, OLD.emailed) THEN
    RAISE EXCEPTION 'a sealed audit checkpoint cannot change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_sealed BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_guard();--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_guard();
