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
ALTER TABLE "cases" ADD CONSTRAINT "cases_person_fk" FOREIGN KEY ("region_code","person_id") REFERENCES "public"."persons"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_person_idx" ON "cases" USING btree ("region_code","person_id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_party_ck" CHECK (("cases"."party_kind" = 'entity' AND "cases"."entity_id" IS NOT NULL AND "cases"."party_uscc" IS NOT NULL AND "cases"."person_id" IS NULL) OR ("cases"."party_kind" = 'person' AND "cases"."person_id" IS NOT NULL AND "cases"."entity_id" IS NULL AND "cases"."party_uscc" IS NULL));