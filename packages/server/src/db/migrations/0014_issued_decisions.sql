CREATE TABLE "correction_items" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"explanation" text NOT NULL,
	"basis" jsonb NOT NULL,
	"fine_range" jsonb,
	"status" text NOT NULL,
	"due_on" date NOT NULL,
	"overdue_on" date,
	"justification" text,
	"corrected_decision_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	CONSTRAINT "correction_items_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "correction_items_decision_uq" UNIQUE("region_code","decision_id")
);
--> statement-breakpoint
CREATE TABLE "correction_settings" (
	"region_code" text PRIMARY KEY NOT NULL,
	"working_days" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "department_api_keys" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"label" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "department_api_keys_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "department_api_keys_hash_uq" UNIQUE("region_code","key_hash")
);
--> statement-breakpoint
CREATE TABLE "issued_decisions" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"document_no" text NOT NULL,
	"party_type" text NOT NULL,
	"entity_id" uuid,
	"person_name" text,
	"person_id_enc" text,
	"person_hash" text,
	"violation_code" text NOT NULL,
	"facts" jsonb NOT NULL,
	"penalties" text[] NOT NULL,
	"fine_yuan" numeric(16, 2) DEFAULT '0' NOT NULL,
	"decided_on" date NOT NULL,
	"fulfilled_on" date,
	"source" text NOT NULL,
	"import_job_id" uuid,
	"corrects_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issued_decisions_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "issued_decisions_document_no_uq" UNIQUE("region_code","department_id","document_no"),
	CONSTRAINT "issued_decisions_party_ck" CHECK (("issued_decisions"."entity_id" IS NULL) <> ("issued_decisions"."person_hash" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "push_requests" (
	"region_code" text NOT NULL,
	"department_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"reply" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "push_requests_region_code_department_id_idempotency_key_pk" PRIMARY KEY("region_code","department_id","idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "correction_items" ADD CONSTRAINT "correction_items_decision_fk" FOREIGN KEY ("region_code","decision_id") REFERENCES "public"."issued_decisions"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_api_keys" ADD CONSTRAINT "department_api_keys_department_fk" FOREIGN KEY ("region_code","department_id") REFERENCES "public"."departments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "correction_items_dept_idx" ON "correction_items" USING btree ("region_code","department_id","status","due_on");--> statement-breakpoint
CREATE INDEX "correction_items_due_idx" ON "correction_items" USING btree ("region_code","status","due_on");--> statement-breakpoint
CREATE INDEX "issued_decisions_decided_idx" ON "issued_decisions" USING btree ("region_code","decided_on");