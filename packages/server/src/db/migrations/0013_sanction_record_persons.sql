ALTER TABLE "sanction_records" ALTER COLUMN "entity_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sanction_records" ADD COLUMN "person_hash" text;--> statement-breakpoint
CREATE INDEX "sanction_records_person_idx" ON "sanction_records" USING btree ("region_code","person_hash","decided_on");--> statement-breakpoint
ALTER TABLE "sanction_records" ADD CONSTRAINT "sanction_records_party_ck" CHECK (("sanction_records"."entity_id" IS NULL) <> ("sanction_records"."person_hash" IS NULL));