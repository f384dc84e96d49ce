CREATE TABLE "event_consumptions" (
	"consumer" text NOT NULL,
	"event_seq" bigint NOT NULL,
	"outcome" text DEFAULT 'done' NOT NULL,
	"error" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_consumptions_consumer_event_seq_pk" PRIMARY KEY("consumer","event_seq")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"type" text NOT NULL,
	"version" smallint DEFAULT 1 NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"actor_id" uuid,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"relayed_at" timestamp with time zone,
	"relay_attempts" integer DEFAULT 0 NOT NULL,
	"relay_error" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "events_id_key" ON "events" USING btree ("id");--> statement-breakpoint
CREATE INDEX "events_subject_idx" ON "events" USING btree ("subject_type","subject_id","seq");--> statement-breakpoint
CREATE INDEX "events_unrelayed_idx" ON "events" USING btree ("seq") WHERE "events"."relayed_at" is null;