CREATE TABLE "public_service_records" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"service_on" date NOT NULL,
	"place" text NOT NULL,
	"description" text NOT NULL,
	"hours" integer NOT NULL,
	"evidence_material_id" uuid NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"verified_by" uuid,
	"verified_by_name" text,
	"verified_at" timestamp with time zone,
	"verification_note" text,
	CONSTRAINT "public_service_records_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "public_service_records_hours_ck" CHECK ("public_service_records"."hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"phone_enc" text,
	"phone_masked" text,
	"address" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "persons_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "persons_id_number_uq" UNIQUE("region_code","id_number_hash")
);
--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "entity_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "party_uscc" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "party_kind" text DEFAULT 'entity' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "sanction_records" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "public_service_records" ADD CONSTRAINT "public_service_records_case_fk" FOREIGN KEY ("region_code","case_id") REFERENCES "public"."cases"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_service_records_case_idx" ON "public_service_records" USING btree ("region_code","case_id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_person_fk" FOREIGN KEY ("region_code","person_id") REFERENCES "public"."persons"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_person_idx" ON "cases" USING btree ("region_code","person_id");--> statement-breakpoint
ALTER TABLE "sanction_records" ADD CONSTRAINT "sanction_records_case_uq" UNIQUE("region_code","case_id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_party_ck" CHECK (("cases"."party_kind" = 'entity' AND "cases"."entity_id" IS NOT NULL AND "cases"."party_uscc" IS NOT NULL AND "cases"."person_id" IS NULL) OR ("cases"."party_kind" = 'person' AND "cases"."person_id" IS NOT NULL AND "cases"."entity_id" IS NULL AND "cases"."party_uscc" IS NULL));