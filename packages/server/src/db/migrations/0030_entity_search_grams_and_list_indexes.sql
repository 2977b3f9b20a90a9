DROP INDEX "cases_department_state_idx";--> statement-breakpoint
DROP INDEX "inspection_plans_dept_idx";--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "search_grams" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- The grams of the entities already registered, as entities/search-grams.ts makes them for new ones: the character pairs of
-- the name and of the legal representative, ASCII letters lower-cased, pairs with ASCII whitespace left out, region-prefixed.
UPDATE "entities" SET "search_grams" = ARRAY(
  SELECT DISTINCT "region_code" || g
  FROM unnest(ARRAY[translate("name", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), translate("legal_representative", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')]) AS s, generate_series(1, char_length(s) - 1) AS i, substr(s, i, 2) AS g
  WHERE g !~ E'[ \\t\\n\\r\\f\\v]'
);--> statement-breakpoint
ALTER TABLE "entities" ALTER COLUMN "search_grams" DROP DEFAULT;--> statement-breakpoint
CREATE INDEX "cases_department_created_idx" ON "cases" USING btree ("region_code","department_id","created_at","id");--> statement-breakpoint
CREATE INDEX "cases_department_state_created_idx" ON "cases" USING btree ("region_code","department_id","state","created_at","id");--> statement-breakpoint
CREATE INDEX "inspection_plans_dept_created_idx" ON "inspection_plans" USING btree ("region_code","department_id","created_at","id");--> statement-breakpoint
CREATE INDEX "inspection_plans_dept_status_created_idx" ON "inspection_plans" USING btree ("region_code","department_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "entities_search_grams_idx" ON "entities" USING gin ("search_grams");