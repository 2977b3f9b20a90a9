CREATE TABLE "indicator_counts" (
	"region_code" text NOT NULL,
	"indicator" text NOT NULL,
	"department_id" text NOT NULL,
	"month" text NOT NULL,
	"numerator" integer NOT NULL,
	"denominator" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "indicator_counts_region_code_indicator_month_department_id_pk" PRIMARY KEY("region_code","indicator","month","department_id")
);
