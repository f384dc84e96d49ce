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
DROP TABLE "document_sequences" CASCADE;
