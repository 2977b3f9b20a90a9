CREATE TABLE "login_lockouts" (
	"region_code" text NOT NULL,
	"user_id" uuid NOT NULL,
	"source" text NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	CONSTRAINT "login_lockouts_region_code_user_id_source_pk" PRIMARY KEY("region_code","user_id","source")
);
