CREATE TABLE "supervision_materials" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"answer_no" integer NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_materials_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "supervision_tasks" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"title" text NOT NULL,
	"demand" text NOT NULL,
	"origin" text NOT NULL,
	"subject_kind" text,
	"subject_id" uuid,
	"figure" jsonb,
	"working_days" integer NOT NULL,
	"opened_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"overdue_on" date,
	"opened_by" uuid,
	"opened_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "supervision_tasks_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "training_attendees" (
	"region_code" text NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "training_attendees_region_code_session_id_user_id_pk" PRIMARY KEY("region_code","session_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "training_materials" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_materials_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"department_ids" uuid[] NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"trainer" text NOT NULL,
	"content" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "supervision_materials" ADD CONSTRAINT "supervision_materials_task_fk" FOREIGN KEY ("region_code","task_id") REFERENCES "public"."supervision_tasks"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_tasks" ADD CONSTRAINT "supervision_tasks_department_fk" FOREIGN KEY ("region_code","department_id") REFERENCES "public"."departments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendees" ADD CONSTRAINT "training_attendees_session_fk" FOREIGN KEY ("region_code","session_id") REFERENCES "public"."training_sessions"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_materials" ADD CONSTRAINT "training_materials_session_fk" FOREIGN KEY ("region_code","session_id") REFERENCES "public"."training_sessions"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_materials_task_idx" ON "supervision_materials" USING btree ("region_code","task_id");--> statement-breakpoint
CREATE INDEX "supervision_tasks_dept_idx" ON "supervision_tasks" USING btree ("region_code","department_id","status","due_on");--> statement-breakpoint
CREATE INDEX "supervision_tasks_due_idx" ON "supervision_tasks" USING btree ("region_code","status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_tasks_auto_uq" ON "supervision_tasks" USING btree ("region_code","subject_kind","subject_id") WHERE origin = 'correction_overdue';--> statement-breakpoint
CREATE INDEX "training_sessions_held_idx" ON "training_sessions" USING btree ("region_code","held_on");