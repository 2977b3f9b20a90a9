CREATE TABLE "login_lockouts" (
	"region_code" text NOT NULL,
	"user_id" uuid NOT NULL,
	"source" text NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	CONSTRAINT "login_lockouts_region_code_user_id_source_pk" PRIMARY KEY("region_code","user_id","source")
);
--> statement-breakpoint
CREATE TABLE "security_settings" (
	"region_code" text PRIMARY KEY NOT NULL,
	"require_second_factor" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
