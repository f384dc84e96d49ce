-- Live updates: every statement that appends domain events notifies the channel openpo_events when
-- its transaction commits (NOTIFY is transactional, and repeats within a transaction fold into
-- one), so each API process's event stream wakes up without polling (docs/live-updates.md).
CREATE OR REPLACE FUNCTION openpo_notify_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('openpo_events', '');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER events_notify AFTER INSERT ON "events" FOR EACH STATEMENT EXECUTE FUNCTION openpo_notify_events();
