CREATE TABLE "approval_delegations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"delegate_user_id" uuid NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "approval_policies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_type" text NOT NULL,
	"name" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_policy_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"policy_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"level" integer NOT NULL,
	"name" text NOT NULL,
	"condition" jsonb NOT NULL,
	"approvers" jsonb NOT NULL,
	"mode" text DEFAULT 'any' NOT NULL,
	"reminder_hours" integer,
	"escalation_hours" integer,
	"fallback_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cost_centre_id" uuid NOT NULL,
	"period_type" text NOT NULL,
	"period_start" date NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_approval_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_type" text NOT NULL,
	"document_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"position" integer NOT NULL,
	"level" integer NOT NULL,
	"name" text NOT NULL,
	"policy_id" uuid,
	"policy_name" text NOT NULL,
	"explanation" text NOT NULL,
	"mode" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"approver_user_ids" uuid[] NOT NULL,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reminder_hours" integer,
	"escalation_hours" integer,
	"fallback_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "approval_delegations" ADD CONSTRAINT "approval_delegations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_delegations" ADD CONSTRAINT "approval_delegations_delegate_user_id_users_id_fk" FOREIGN KEY ("delegate_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_policy_steps" ADD CONSTRAINT "approval_policy_steps_policy_id_approval_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."approval_policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_policy_steps" ADD CONSTRAINT "approval_policy_steps_fallback_user_id_users_id_fk" FOREIGN KEY ("fallback_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_cost_centre_id_cost_centres_id_fk" FOREIGN KEY ("cost_centre_id") REFERENCES "public"."cost_centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_approval_steps" ADD CONSTRAINT "document_approval_steps_policy_id_approval_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."approval_policies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_approval_steps" ADD CONSTRAINT "document_approval_steps_fallback_user_id_users_id_fk" FOREIGN KEY ("fallback_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_delegations_user_idx" ON "approval_delegations" USING btree ("user_id","valid_to");--> statement-breakpoint
CREATE INDEX "approval_delegations_delegate_idx" ON "approval_delegations" USING btree ("delegate_user_id","valid_to");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_policies_name_key" ON "approval_policies" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "approval_policies_enabled_type_key" ON "approval_policies" USING btree ("document_type") WHERE "approval_policies"."enabled";--> statement-breakpoint
CREATE UNIQUE INDEX "approval_policy_steps_position_key" ON "approval_policy_steps" USING btree ("policy_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_period_key" ON "budgets" USING btree ("cost_centre_id","period_type","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "document_approval_steps_position_key" ON "document_approval_steps" USING btree ("document_type","document_id","round","position");--> statement-breakpoint
CREATE INDEX "document_approval_steps_pending_idx" ON "document_approval_steps" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "document_approval_steps_approvers_idx" ON "document_approval_steps" USING gin ("approver_user_ids");