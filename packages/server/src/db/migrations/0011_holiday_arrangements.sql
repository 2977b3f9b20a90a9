CREATE TABLE "holiday_arrangements" (
	"year" smallint PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"holidays" jsonb NOT NULL,
	"workdays" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
