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
ALTER TABLE "public_service_records" ADD CONSTRAINT "public_service_records_case_fk" FOREIGN KEY ("region_code","case_id") REFERENCES "public"."cases"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_service_records_case_idx" ON "public_service_records" USING btree ("region_code","case_id");