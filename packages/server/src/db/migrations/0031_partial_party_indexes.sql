ALTER TABLE "credit_records" DROP CONSTRAINT "credit_records_self_inspection_uq";--> statement-breakpoint
ALTER TABLE "sanction_records" DROP CONSTRAINT "sanction_records_case_uq";--> statement-breakpoint
DROP INDEX "sanction_records_entity_idx";--> statement-breakpoint
DROP INDEX "sanction_records_person_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "credit_records_self_inspection_uq" ON "credit_records" USING btree ("region_code","self_inspection_id") WHERE self_inspection_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "sanction_records_case_uq" ON "sanction_records" USING btree ("region_code","case_id") WHERE case_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "sanction_records_entity_idx" ON "sanction_records" USING btree ("region_code","entity_id","decided_on") WHERE entity_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "sanction_records_person_idx" ON "sanction_records" USING btree ("region_code","person_hash","decided_on") WHERE person_hash IS NOT NULL;