CREATE TABLE "signals" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"source" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"content" text NOT NULL,
	"contact_enc" text,
	"attachments" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"task_id" uuid,
	CONSTRAINT "signals_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "trigger_rules" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"source" text NOT NULL,
	"threshold" integer NOT NULL,
	"window_days" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "trigger_rules_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "triggered_tasks" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"signal_ids" uuid[] NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "triggered_tasks_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_rules" ADD CONSTRAINT "trigger_rules_item_fk" FOREIGN KEY ("region_code","item_id") REFERENCES "public"."inspection_items"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signals_entity_item_idx" ON "signals" USING btree ("region_code","entity_id","item_id","received_at");--> statement-breakpoint
CREATE INDEX "triggered_tasks_dept_idx" ON "triggered_tasks" USING btree ("region_code","department_id","status");