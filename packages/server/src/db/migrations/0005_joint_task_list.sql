CREATE TABLE "joint_task_entries" (
	"region_code" text NOT NULL,
	"industry_code" text NOT NULL,
	"item_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "joint_task_entries_region_code_industry_code_item_id_pk" PRIMARY KEY("region_code","industry_code","item_id")
);
--> statement-breakpoint
ALTER TABLE "joint_task_entries" ADD CONSTRAINT "joint_task_entries_item_fk" FOREIGN KEY ("region_code","item_id") REFERENCES "public"."inspection_items"("region_code","id") ON DELETE no action ON UPDATE no action;