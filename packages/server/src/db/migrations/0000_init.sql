CREATE TABLE "audit_log" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"day" date NOT NULL,
	"seq" integer NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"object_type" text,
	"object_id" text,
	"result" text NOT NULL,
	"source_ip" text,
	"details" jsonb NOT NULL,
	"prev_hash" text,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "audit_chain_uq" UNIQUE("region_code","day","seq")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "departments_code_uq" UNIQUE("region_code","code")
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"entity_type" text NOT NULL,
	"legal_representative" text NOT NULL,
	"legal_representative_id_no_enc" text,
	"contact_phone_enc" text,
	"industry_code" text NOT NULL,
	"address" text NOT NULL,
	"established_on" date,
	"new_business_form" boolean DEFAULT false NOT NULL,
	"whitelisted" boolean DEFAULT false NOT NULL,
	"in_observation_period" boolean DEFAULT false NOT NULL,
	"credit_grade" text,
	"risk_level" text,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entities_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "entities_uscc_uq" UNIQUE("region_code","uscc")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"aggregate_type" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"from_state" text,
	"to_state" text,
	"payload" jsonb NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"prev_hash" text,
	"hash" text NOT NULL,
	CONSTRAINT "events_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "events_chain_uq" UNIQUE("region_code","aggregate_type","aggregate_id","seq")
);
--> statement-breakpoint
CREATE TABLE "import_errors" (
	"region_code" text NOT NULL,
	"job_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"row_no" integer NOT NULL,
	"field" text NOT NULL,
	"message" text NOT NULL,
	CONSTRAINT "import_errors_region_code_job_id_seq_pk" PRIMARY KEY("region_code","job_id","seq")
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"file_hash" text NOT NULL,
	"status" text NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_committed" integer DEFAULT 0 NOT NULL,
	"rows_failed" integer DEFAULT 0 NOT NULL,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"bytes_total" bigint DEFAULT 0 NOT NULL,
	"message" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_jobs_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_code" text,
	"level" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"region_code" text NOT NULL,
	"id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"source_ip" text,
	"user_agent" text,
	CONSTRAINT "sessions_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] NOT NULL,
	"region_code" text NOT NULL,
	"department_id" uuid,
	"certificate_no" text,
	"entity_uscc" text,
	"active" boolean DEFAULT true NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_uq" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "import_errors" ADD CONSTRAINT "import_errors_job_fk" FOREIGN KEY ("region_code","job_id") REFERENCES "public"."import_jobs"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_time_idx" ON "audit_log" USING btree ("region_code","occurred_at");--> statement-breakpoint
CREATE INDEX "entities_industry_idx" ON "entities" USING btree ("region_code","industry_code");--> statement-breakpoint
CREATE INDEX "entities_name_idx" ON "entities" USING btree ("region_code","name");--> statement-breakpoint
CREATE INDEX "import_jobs_dept_idx" ON "import_jobs" USING btree ("region_code","department_id","created_at");--> statement-breakpoint
CREATE INDEX "users_region_idx" ON "users" USING btree ("region_code");