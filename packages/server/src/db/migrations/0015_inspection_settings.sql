CREATE TABLE "inspection_settings" (
	"region_code" text NOT NULL,
	"emergency_backfill_workdays" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspection_settings_region_code_pk" PRIMARY KEY("region_code")
);
