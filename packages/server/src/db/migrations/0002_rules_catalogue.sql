CREATE TABLE "discretion_benchmarks" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"violation_code" text NOT NULL,
	"level" text NOT NULL,
	"issuer" text NOT NULL,
	"department_id" uuid NOT NULL,
	"fine_min" bigint NOT NULL,
	"fine_max" bigint NOT NULL,
	"tiers" jsonb NOT NULL,
	"mitigated_floor" bigint DEFAULT 0 NOT NULL,
	"aggravating" jsonb NOT NULL,
	"mitigating" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_by_name" text,
	"published_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discretion_benchmarks_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "discretion_benchmarks_version_uq" UNIQUE("region_code","series_id","version")
);
--> statement-breakpoint
CREATE TABLE "no_penalty_entries" (
	"region_code" text NOT NULL,
	"list_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"violation_code" text NOT NULL,
	"kind" text NOT NULL,
	"conditions" jsonb NOT NULL,
	"item_text" text NOT NULL,
	"conditions_text" jsonb NOT NULL,
	"legal_basis_text" text DEFAULT '' NOT NULL,
	"normal_penalty_text" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "no_penalty_entries_region_code_list_id_seq_pk" PRIMARY KEY("region_code","list_id","seq")
);
--> statement-breakpoint
CREATE TABLE "no_penalty_lists" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"issuer" text NOT NULL,
	"department_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"document_no" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"source_url" text DEFAULT '' NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"status" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_by_name" text,
	"published_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "no_penalty_lists_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "no_penalty_lists_version_uq" UNIQUE("region_code","series_id","version")
);
--> statement-breakpoint
CREATE TABLE "sanction_records" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"department_id" uuid,
	"authority" text NOT NULL,
	"violation_code" text,
	"outcome" text NOT NULL,
	"document_no" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sanction_records_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "violation_items" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"department_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"legal_basis" jsonb NOT NULL,
	"penalty_basis" jsonb,
	"penalty_types" text[] NOT NULL,
	"fine_min" bigint,
	"fine_max" bigint,
	"normal_penalty_text" text DEFAULT '' NOT NULL,
	"key" boolean DEFAULT false NOT NULL,
	"no_fault_rule" text DEFAULT 'no_penalty' NOT NULL,
	"no_fault_basis" jsonb,
	"limitation_months" integer,
	"limitation_basis" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "violation_items_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "violation_items_code_uq" UNIQUE("region_code","code")
);
--> statement-breakpoint
ALTER TABLE "discretion_benchmarks" ADD CONSTRAINT "discretion_benchmarks_dept_fk" FOREIGN KEY ("region_code","department_id") REFERENCES "public"."departments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "no_penalty_entries" ADD CONSTRAINT "no_penalty_entries_list_fk" FOREIGN KEY ("region_code","list_id") REFERENCES "public"."no_penalty_lists"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "no_penalty_lists" ADD CONSTRAINT "no_penalty_lists_dept_fk" FOREIGN KEY ("region_code","department_id") REFERENCES "public"."departments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_records" ADD CONSTRAINT "sanction_records_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violation_items" ADD CONSTRAINT "violation_items_dept_fk" FOREIGN KEY ("region_code","department_id") REFERENCES "public"."departments"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discretion_benchmarks_code_idx" ON "discretion_benchmarks" USING btree ("region_code","violation_code","status");--> statement-breakpoint
CREATE INDEX "no_penalty_entries_code_idx" ON "no_penalty_entries" USING btree ("region_code","violation_code");--> statement-breakpoint
CREATE INDEX "no_penalty_lists_status_idx" ON "no_penalty_lists" USING btree ("region_code","status","published_at");--> statement-breakpoint
CREATE INDEX "sanction_records_entity_idx" ON "sanction_records" USING btree ("region_code","entity_id","decided_on");