ALTER TABLE "inspection_items" ADD COLUMN "checklist" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD COLUMN "schedule_every_months" smallint;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "joint_task_entries" ADD COLUMN "status" text DEFAULT 'published' NOT NULL;