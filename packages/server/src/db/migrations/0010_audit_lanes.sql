ALTER TABLE "audit_log" DROP CONSTRAINT "audit_chain_uq";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "lane" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_chain_uq" UNIQUE("region_code","day","lane","seq");