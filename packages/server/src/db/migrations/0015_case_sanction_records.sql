ALTER TABLE "sanction_records" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "sanction_records" ADD CONSTRAINT "sanction_records_case_uq" UNIQUE("region_code","case_id");