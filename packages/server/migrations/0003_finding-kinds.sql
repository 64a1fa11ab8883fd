DROP INDEX "findings_severity_idx";--> statement-breakpoint
DROP INDEX "findings_category_idx";--> statement-breakpoint
DROP INDEX "findings_language_idx";--> statement-breakpoint
DROP INDEX "findings_rule_idx";--> statement-breakpoint
DROP INDEX "findings_labels_idx";--> statement-breakpoint
DROP INDEX "findings_path_idx";--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "kind" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "indices" ADD COLUMN "finding_kinds" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- Findings stored before kinds: numbered per analysis, and each index given the list their numbers point into.
WITH "numbered" AS (
  SELECT "analysis_id", "rule", "tool", "severity", "category", "language", "labels",
    (row_number() OVER (PARTITION BY "analysis_id"
      ORDER BY "tool", "rule", "severity", "category", "language", "labels") - 1)::integer AS "kind"
  FROM (SELECT DISTINCT "analysis_id", "rule", "tool", "severity", "category", "language", "labels" FROM "findings") AS "kinds"
)
UPDATE "findings" SET "kind" = "numbered"."kind" FROM "numbered"
WHERE "findings"."analysis_id" = "numbered"."analysis_id" AND "findings"."rule" = "numbered"."rule"
  AND "findings"."tool" = "numbered"."tool" AND "findings"."severity" = "numbered"."severity"
  AND "findings"."category" = "numbered"."category" AND "findings"."language" IS NOT DISTINCT FROM "numbered"."language"
  AND "findings"."labels" = "numbered"."labels";--> statement-breakpoint
UPDATE "indices" SET "finding_kinds" = "kinds"."list" FROM (
  SELECT "analysis_id", jsonb_agg(jsonb_build_object('rule', "rule", 'tool', "tool", 'severity', "severity",
    'category', "category", 'language', "language", 'labels', to_jsonb("labels")) ORDER BY "kind") AS "list"
  FROM (SELECT DISTINCT "analysis_id", "kind", "rule", "tool", "severity", "category", "language", "labels"
    FROM "findings") AS "distinct_kinds"
  GROUP BY "analysis_id"
) AS "kinds" WHERE "indices"."analysis_id" = "kinds"."analysis_id";--> statement-breakpoint
CREATE INDEX "findings_kind_idx" ON "findings" USING btree ("analysis_id","kind","id");--> statement-breakpoint
CREATE INDEX "findings_path_idx" ON "findings" USING btree ("analysis_id",filename text_pattern_ops,"id");