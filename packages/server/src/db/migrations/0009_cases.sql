CREATE TABLE "case_materials" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"measure_id" text,
	"item" text NOT NULL,
	"source" text NOT NULL,
	"file_sha256" text,
	"file_name" text,
	"media_type" text,
	"size" bigint,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_materials_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "case_measures" (
	"region_code" text NOT NULL,
	"case_id" uuid NOT NULL,
	"id" text NOT NULL,
	"type" text NOT NULL,
	"content" text NOT NULL,
	"details" jsonb NOT NULL,
	"document_id" uuid,
	"party_signed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_measures_region_code_case_id_id_pk" PRIMARY KEY("region_code","case_id","id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"case_no" text NOT NULL,
	"department_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"party_uscc" text NOT NULL,
	"origin" text NOT NULL,
	"state" text NOT NULL,
	"facts" text NOT NULL,
	"legal_basis" text NOT NULL,
	"violation_item_id" uuid,
	"snapshot" jsonb NOT NULL,
	"proposal" jsonb,
	"commitment_deadline" date,
	"started_on" date NOT NULL,
	"closed_on" date,
	"archived_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cases_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "cases_no_uq" UNIQUE("region_code","case_no")
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"measure_id" text,
	"proof_item" text NOT NULL,
	"method" text NOT NULL,
	"sent_on" date NOT NULL,
	"delivered_on" date,
	"recipient" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deliveries_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "delivery_consents" (
	"region_code" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"consented_by" uuid NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "delivery_consents_region_code_entity_id_pk" PRIMARY KEY("region_code","entity_id")
);
--> statement-breakpoint
CREATE TABLE "document_templates" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"doc_type" text NOT NULL,
	"version" integer NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "document_templates_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "document_templates_version_uq" UNIQUE("region_code","department_id","doc_type","version")
);
--> statement-breakpoint
CREATE TABLE "follow_up_settings" (
	"region_code" text NOT NULL,
	"department_id" uuid NOT NULL,
	"measure_type" text NOT NULL,
	"days" integer,
	CONSTRAINT "follow_up_settings_region_code_department_id_measure_type_pk" PRIMARY KEY("region_code","department_id","measure_type")
);
--> statement-breakpoint
CREATE TABLE "follow_up_visits" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"measure_id" text NOT NULL,
	"measure_type" text NOT NULL,
	"due_on" date NOT NULL,
	"visited_on" date,
	"correction" text,
	"legality" text,
	"conduct" text,
	"comment" text DEFAULT '' NOT NULL,
	"answered_by_party" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	CONSTRAINT "follow_up_visits_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "follow_up_visits_measure_uq" UNIQUE("region_code","case_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "guidance_campaigns" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"measure_type" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"legal_basis" text NOT NULL,
	"target" jsonb NOT NULL,
	"entity_count" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "guidance_campaigns_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "guidance_recipients" (
	"region_code" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "guidance_recipients_region_code_campaign_id_entity_id_pk" PRIMARY KEY("region_code","campaign_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "guiding_cases" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"title" text NOT NULL,
	"industry" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"keywords" text[] NOT NULL,
	"published_by" uuid NOT NULL,
	"published_by_name" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "guiding_cases_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "guiding_cases_case_uq" UNIQUE("region_code","case_id")
);
--> statement-breakpoint
CREATE TABLE "observation_periods" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_by_name" text NOT NULL,
	"approved_by" uuid,
	"approved_by_name" text,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "observation_periods_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "service_offset_rules" (
	"region_code" text NOT NULL,
	"department_id" uuid NOT NULL,
	"field" text NOT NULL,
	"yuan_per_hour" integer NOT NULL,
	"cap_yuan" integer,
	"cap_percent_of_fine" integer,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "service_offset_rules_region_code_department_id_pk" PRIMARY KEY("region_code","department_id")
);
--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_case_fk" FOREIGN KEY ("region_code","case_id") REFERENCES "public"."cases"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_measures" ADD CONSTRAINT "case_measures_case_fk" FOREIGN KEY ("region_code","case_id") REFERENCES "public"."cases"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_case_fk" FOREIGN KEY ("region_code","case_id") REFERENCES "public"."cases"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_consents" ADD CONSTRAINT "delivery_consents_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_visits" ADD CONSTRAINT "follow_up_visits_case_fk" FOREIGN KEY ("region_code","case_id") REFERENCES "public"."cases"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_recipients" ADD CONSTRAINT "guidance_recipients_campaign_fk" FOREIGN KEY ("region_code","campaign_id") REFERENCES "public"."guidance_campaigns"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guiding_cases" ADD CONSTRAINT "guiding_cases_case_fk" FOREIGN KEY ("region_code","case_id") REFERENCES "public"."cases"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_periods" ADD CONSTRAINT "observation_periods_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_materials_case_idx" ON "case_materials" USING btree ("region_code","case_id");--> statement-breakpoint
CREATE INDEX "cases_department_state_idx" ON "cases" USING btree ("region_code","department_id","state");--> statement-breakpoint
CREATE INDEX "cases_entity_idx" ON "cases" USING btree ("region_code","entity_id");--> statement-breakpoint
CREATE INDEX "deliveries_case_idx" ON "deliveries" USING btree ("region_code","case_id");--> statement-breakpoint
CREATE INDEX "follow_up_visits_due_idx" ON "follow_up_visits" USING btree ("region_code","due_on");--> statement-breakpoint
CREATE INDEX "guidance_recipients_entity_idx" ON "guidance_recipients" USING btree ("region_code","entity_id");--> statement-breakpoint
CREATE INDEX "observation_periods_entity_idx" ON "observation_periods" USING btree ("region_code","entity_id");