CREATE TABLE "user_second_factors" (
	"region_code" text NOT NULL,
	"user_id" uuid NOT NULL,
	"secret_enc" text NOT NULL,
	"enabled_at" timestamp with time zone,
	"last_counter" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_second_factors_region_code_user_id_pk" PRIMARY KEY("region_code","user_id")
);
