CREATE TABLE "credit_objections" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"status" text NOT NULL,
	"grounds" text NOT NULL,
	"materials" jsonb NOT NULL,
	"filed_by" uuid NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"due_on" date NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	CONSTRAINT "credit_objections_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "credit_records" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"entity_id" uuid,
	"person_hash" text,
	"severity" text NOT NULL,
	"severity_rule" text NOT NULL,
	"severity_basis" text NOT NULL,
	"status" text NOT NULL,
	"min_end" date,
	"repair_eligible_from" date,
	"max_end" date,
	"regime" text NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_records_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "credit_records_decision_uq" UNIQUE("region_code","decision_id")
);
--> statement-breakpoint
CREATE TABLE "credit_repairs" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"status" text NOT NULL,
	"commitment_signed_at" timestamp with time zone NOT NULL,
	"commitment_sha256" text NOT NULL,
	"materials" jsonb NOT NULL,
	"statement" text NOT NULL,
	"applied_by" uuid NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	"due_on" date NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	CONSTRAINT "credit_repairs_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "objection_settings" (
	"region_code" text PRIMARY KEY NOT NULL,
	"working_days" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_decision_fk" FOREIGN KEY ("region_code","decision_id") REFERENCES "public"."issued_decisions"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_objections_dept_idx" ON "credit_objections" USING btree ("region_code","department_id","status");--> statement-breakpoint
CREATE INDEX "credit_objections_record_idx" ON "credit_objections" USING btree ("region_code","record_id","status");--> statement-breakpoint
CREATE INDEX "credit_records_entity_idx" ON "credit_records" USING btree ("region_code","entity_id","status");--> statement-breakpoint
CREATE INDEX "credit_records_status_idx" ON "credit_records" USING btree ("region_code","status","max_end");--> statement-breakpoint
CREATE INDEX "credit_repairs_dept_idx" ON "credit_repairs" USING btree ("region_code","department_id","status");--> statement-breakpoint
CREATE INDEX "credit_repairs_record_idx" ON "credit_repairs" USING btree ("region_code","record_id");