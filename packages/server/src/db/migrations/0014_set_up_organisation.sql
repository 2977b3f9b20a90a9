ALTER TABLE "users" ADD COLUMN "certificate_expires_on" date;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_name_uq" UNIQUE("region_code","name");