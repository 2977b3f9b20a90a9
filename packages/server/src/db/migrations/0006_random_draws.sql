CREATE TABLE "officer_conflicts" (
	"region_code" text NOT NULL,
	"officer_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	CONSTRAINT "officer_conflicts_region_code_officer_id_entity_id_pk" PRIMARY KEY("region_code","officer_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "random_draw_entries" (
	"region_code" text NOT NULL,
	"draw_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"entity_id" uuid NOT NULL,
	"officer_ids" uuid[] NOT NULL,
	"officer_names" text[] NOT NULL,
	CONSTRAINT "random_draw_entries_region_code_draw_id_seq_pk" PRIMARY KEY("region_code","draw_id","seq")
);
--> statement-breakpoint
CREATE TABLE "random_draws" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"title" text NOT NULL,
	"seed" bigint NOT NULL,
	"industry_prefix" text DEFAULT '' NOT NULL,
	"ratios" jsonb NOT NULL,
	"pool_size" integer NOT NULL,
	"pool_fingerprint" text NOT NULL,
	"strata" jsonb NOT NULL,
	"excluded" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "random_draws_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "officer_conflicts" ADD CONSTRAINT "officer_conflicts_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_draw_entries" ADD CONSTRAINT "random_draw_entries_draw_fk" FOREIGN KEY ("region_code","draw_id") REFERENCES "public"."random_draws"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "random_draws_time_idx" ON "random_draws" USING btree ("region_code","created_at");