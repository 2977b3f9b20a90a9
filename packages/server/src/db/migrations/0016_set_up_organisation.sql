ALTER TABLE "inspection_items" ADD COLUMN "checklist" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD COLUMN "schedule_every_months" smallint;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "joint_task_entries" ADD COLUMN "status" text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "certificate_expires_on" date;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_name_uq" UNIQUE("region_code","name");