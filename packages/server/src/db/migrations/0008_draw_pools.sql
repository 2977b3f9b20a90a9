CREATE TABLE "draw_pool_members" (
	"region_code" text NOT NULL,
	"pool_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"entity_id" uuid NOT NULL,
	CONSTRAINT "draw_pool_members_region_code_pool_id_seq_pk" PRIMARY KEY("region_code","pool_id","seq")
);
--> statement-breakpoint
CREATE TABLE "draw_pools" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"industry_prefix" text NOT NULL,
	"size" integer NOT NULL,
	"grades" "bytea" NOT NULL,
	"flags" "bytea" NOT NULL,
	"fingerprint" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "draw_pools_region_code_id_pk" PRIMARY KEY("region_code","id")
);
