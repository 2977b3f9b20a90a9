CREATE TABLE "inspection_items" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"department_id" uuid NOT NULL,
	"legal_basis" text NOT NULL,
	"key" boolean DEFAULT false NOT NULL,
	"mergeable" boolean DEFAULT true NOT NULL,
	"category" text DEFAULT 'general' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_items_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "inspection_items_code_uq" UNIQUE("region_code","code")
);
--> statement-breakpoint
CREATE TABLE "inspection_plan_items" (
	"region_code" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "inspection_plan_items_region_code_plan_id_item_id_pk" PRIMARY KEY("region_code","plan_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_plan_officers" (
	"region_code" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"certificate_no" text NOT NULL,
	"department_name" text NOT NULL,
	CONSTRAINT "inspection_plan_officers_region_code_plan_id_user_id_pk" PRIMARY KEY("region_code","plan_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_plans" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"emergency" boolean DEFAULT false NOT NULL,
	"backfill_due_on" date,
	"exemption_ground" text,
	"exemption_reason" text,
	"note" text DEFAULT '' NOT NULL,
	"joint_group_id" uuid,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_by_name" text,
	"approved_at" timestamp with time zone,
	"rejection_reason" text,
	"checked_in_at" timestamp with time zone,
	"checked_in_location" jsonb,
	"checked_out_at" timestamp with time zone,
	"checked_out_location" jsonb,
	"result" text,
	"findings" text,
	CONSTRAINT "inspection_plans_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "inspection_ratings" (
	"region_code" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"conduct" smallint NOT NULL,
	"etiquette" smallint NOT NULL,
	"disruption" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"rated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspection_ratings_region_code_plan_id_pk" PRIMARY KEY("region_code","plan_id")
);
--> statement-breakpoint
ALTER TABLE "inspection_items" ADD CONSTRAINT "inspection_items_dept_fk" FOREIGN KEY ("region_code","department_id") REFERENCES "public"."departments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_items" ADD CONSTRAINT "inspection_plan_items_plan_fk" FOREIGN KEY ("region_code","plan_id") REFERENCES "public"."inspection_plans"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_officers" ADD CONSTRAINT "inspection_plan_officers_plan_fk" FOREIGN KEY ("region_code","plan_id") REFERENCES "public"."inspection_plans"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_ratings" ADD CONSTRAINT "inspection_ratings_plan_fk" FOREIGN KEY ("region_code","plan_id") REFERENCES "public"."inspection_plans"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_plans_entity_idx" ON "inspection_plans" USING btree ("region_code","entity_id","window_from");--> statement-breakpoint
CREATE INDEX "inspection_plans_dept_idx" ON "inspection_plans" USING btree ("region_code","department_id","status");