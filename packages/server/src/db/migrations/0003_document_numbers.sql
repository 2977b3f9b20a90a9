CREATE TABLE "document_counters" (
	"region_code" text NOT NULL,
	"department_id" uuid NOT NULL,
	"doc_type" text NOT NULL,
	"year" integer NOT NULL,
	"last_no" integer NOT NULL,
	CONSTRAINT "document_counters_region_code_department_id_doc_type_year_pk" PRIMARY KEY("region_code","department_id","doc_type","year")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"aggregate_type" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"doc_type" text NOT NULL,
	"year" integer NOT NULL,
	"serial" integer NOT NULL,
	"document_no" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"template_source" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "documents_number_uq" UNIQUE("region_code","department_id","doc_type","year","serial")
);
--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "doc_prefix" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "documents_aggregate_idx" ON "documents" USING btree ("region_code","aggregate_type","aggregate_id");