CREATE TABLE "inspection_settings" (
	"region_code" text NOT NULL,
	"emergency_backfill_workdays" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspection_settings_region_code_pk" PRIMARY KEY("region_code")
);
--> statement-breakpoint
CREATE TABLE "whitelist_entries" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"reason" text NOT NULL,
	"state" text NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_by_name" text NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"next_review_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "whitelist_entries_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "whitelist_history" (
	"region_code" text NOT NULL,
	"entry_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"reason" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"actor_department_name" text,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "whitelist_history_region_code_entry_id_seq_pk" PRIMARY KEY("region_code","entry_id","seq")
);
--> statement-breakpoint
ALTER TABLE "whitelist_entries" ADD CONSTRAINT "whitelist_entries_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whitelist_entries" ADD CONSTRAINT "whitelist_entries_dept_fk" FOREIGN KEY ("region_code","department_id") REFERENCES "public"."departments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whitelist_history" ADD CONSTRAINT "whitelist_history_entry_fk" FOREIGN KEY ("region_code","entry_id") REFERENCES "public"."whitelist_entries"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "whitelist_entries_open_uq" ON "whitelist_entries" USING btree ("region_code","entity_id") WHERE state NOT IN ('refused', 'removed');--> statement-breakpoint
CREATE INDEX "whitelist_entries_state_idx" ON "whitelist_entries" USING btree ("region_code","state");