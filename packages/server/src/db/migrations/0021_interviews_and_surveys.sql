CREATE TABLE "interview_departments" (
	"region_code" text NOT NULL,
	"interview_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"lead" boolean NOT NULL,
	"signed_by" uuid,
	"signed_by_name" text,
	"certificate_no" text,
	"signed_minutes_sha256" text,
	"signed_at" timestamp with time zone,
	CONSTRAINT "interview_departments_region_code_interview_id_department_id_pk" PRIMARY KEY("region_code","interview_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "interview_follow_ups" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"party_seq" integer NOT NULL,
	"content" text NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by_name" text,
	"done_note" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "interview_follow_ups_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "interview_parties" (
	"region_code" text NOT NULL,
	"interview_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"case_id" uuid,
	"entity_id" uuid,
	"party_name" text NOT NULL,
	"attended" boolean,
	"attendee_name" text,
	"attendee_title" text,
	"statement" text,
	CONSTRAINT "interview_parties_region_code_interview_id_seq_pk" PRIMARY KEY("region_code","interview_id","seq")
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"mode" text NOT NULL,
	"state" text NOT NULL,
	"lead_department_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"legal_basis" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"minutes" text,
	"minutes_sha256" text,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "interviews_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"entity_id" uuid,
	"answers" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_responses_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"on_public_portal" boolean NOT NULL,
	"on_enterprise_portal" boolean NOT NULL,
	"questions" jsonb NOT NULL,
	"state" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "surveys_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "interview_departments" ADD CONSTRAINT "interview_departments_interview_fk" FOREIGN KEY ("region_code","interview_id") REFERENCES "public"."interviews"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_departments" ADD CONSTRAINT "interview_departments_dept_fk" FOREIGN KEY ("region_code","department_id") REFERENCES "public"."departments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_follow_ups" ADD CONSTRAINT "interview_follow_ups_party_fk" FOREIGN KEY ("region_code","interview_id","party_seq") REFERENCES "public"."interview_parties"("region_code","interview_id","seq") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_parties" ADD CONSTRAINT "interview_parties_interview_fk" FOREIGN KEY ("region_code","interview_id") REFERENCES "public"."interviews"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_parties" ADD CONSTRAINT "interview_parties_case_fk" FOREIGN KEY ("region_code","case_id") REFERENCES "public"."cases"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_parties" ADD CONSTRAINT "interview_parties_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_lead_dept_fk" FOREIGN KEY ("region_code","lead_department_id") REFERENCES "public"."departments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_fk" FOREIGN KEY ("region_code","survey_id") REFERENCES "public"."surveys"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_departments_dept_idx" ON "interview_departments" USING btree ("region_code","department_id");--> statement-breakpoint
CREATE INDEX "interview_follow_ups_interview_idx" ON "interview_follow_ups" USING btree ("region_code","interview_id");--> statement-breakpoint
CREATE INDEX "interview_parties_case_idx" ON "interview_parties" USING btree ("region_code","case_id");--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("region_code","survey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_entity_uq" ON "survey_responses" USING btree ("region_code","survey_id","entity_id") WHERE entity_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "surveys_state_idx" ON "surveys" USING btree ("region_code","state");