CREATE TABLE "assessment_adjustments" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"year" integer NOT NULL,
	"department_id" uuid NOT NULL,
	"points" numeric(5, 1) NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	CONSTRAINT "assessment_adjustments_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "assessment_weights" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"indicator" text NOT NULL,
	"weight" integer NOT NULL,
	"target" numeric(12, 4),
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid NOT NULL,
	CONSTRAINT "assessment_weights_region_code_year_indicator_pk" PRIMARY KEY("region_code","year","indicator")
);
--> statement-breakpoint
CREATE INDEX "assessment_adjustments_year_idx" ON "assessment_adjustments" USING btree ("region_code","year","department_id");