CREATE TABLE "credit_matrices" (
	"region_code" text PRIMARY KEY NOT NULL,
	"matrix" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_credit_grades" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"grade" text,
	"source" text NOT NULL,
	"reason" text NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "entity_credit_grades_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "self_inspection_draws" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"seed" integer NOT NULL,
	"share" numeric(4, 3) NOT NULL,
	"pool" jsonb NOT NULL,
	"chosen" jsonb NOT NULL,
	"drawn_by" uuid NOT NULL,
	"drawn_at" timestamp with time zone NOT NULL,
	CONSTRAINT "self_inspection_draws_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "self_inspections" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	"document_no" text NOT NULL,
	"department_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"checklist" jsonb NOT NULL,
	"basis" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"answers" jsonb,
	"commitment_signed_at" timestamp with time zone,
	"answered_by" uuid,
	"draw_id" uuid,
	"findings" jsonb,
	"verified_on" date,
	"verified_by" uuid,
	"false_items" jsonb,
	"credit_record_id" uuid,
	"on_site" boolean DEFAULT false NOT NULL,
	CONSTRAINT "self_inspections_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "self_inspections_document_no_uq" UNIQUE("region_code","document_no")
);
--> statement-breakpoint
ALTER TABLE "credit_records" ALTER COLUMN "decision_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "credit_records" ADD COLUMN "self_inspection_id" uuid;--> statement-breakpoint
ALTER TABLE "entity_credit_grades" ADD CONSTRAINT "entity_credit_grades_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspections" ADD CONSTRAINT "self_inspections_entity_fk" FOREIGN KEY ("region_code","entity_id") REFERENCES "public"."entities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspections" ADD CONSTRAINT "self_inspections_item_fk" FOREIGN KEY ("region_code","item_id") REFERENCES "public"."inspection_items"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entity_credit_grades_entity_idx" ON "entity_credit_grades" USING btree ("region_code","entity_id","set_at");--> statement-breakpoint
CREATE INDEX "self_inspection_draws_dept_idx" ON "self_inspection_draws" USING btree ("region_code","department_id");--> statement-breakpoint
CREATE INDEX "self_inspections_dept_idx" ON "self_inspections" USING btree ("region_code","department_id","status");--> statement-breakpoint
CREATE INDEX "self_inspections_entity_idx" ON "self_inspections" USING btree ("region_code","entity_id");--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_self_inspection_uq" UNIQUE("region_code","self_inspection_id");--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_source_ck" CHECK (("credit_records"."decision_id" IS NULL) <> ("credit_records"."self_inspection_id" IS NULL));