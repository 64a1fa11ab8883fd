ALTER TABLE "analysis_files" DROP CONSTRAINT "analysis_files_analysis_id_analyses_id_fk";
--> statement-breakpoint
ALTER TABLE "duplicate_occurrences" DROP CONSTRAINT "duplicate_occurrences_analysis_id_analyses_id_fk";
--> statement-breakpoint
ALTER TABLE "duplicates" DROP CONSTRAINT "duplicates_analysis_id_analyses_id_fk";
--> statement-breakpoint
ALTER TABLE "findings" DROP CONSTRAINT "findings_analysis_id_analyses_id_fk";
--> statement-breakpoint
ALTER TABLE "functions" DROP CONSTRAINT "functions_analysis_id_analyses_id_fk";
--> statement-breakpoint
ALTER TABLE "issues" DROP CONSTRAINT "issues_project_id_projects_id_fk";
--> statement-breakpoint
DROP INDEX "issues_scope_status_idx";--> statement-breakpoint
ALTER TABLE "issues" ALTER COLUMN "rule" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "issues" ALTER COLUMN "tool" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "issues" ALTER COLUMN "filename" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "issues" ALTER COLUMN "line" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "issues" ALTER COLUMN "code_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "issues" ALTER COLUMN "description" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "issues" ALTER COLUMN "fingerprint" DROP NOT NULL;--> statement-breakpoint
CREATE INDEX "issues_project_idx" ON "issues" USING btree ("project_id","id");--> statement-breakpoint
CREATE INDEX "issues_gone_idx" ON "issues" USING btree ("project_id","scope") WHERE fixed_analysis_id is not null;--> statement-breakpoint
ALTER TABLE "findings" DROP COLUMN "rule";--> statement-breakpoint
ALTER TABLE "findings" DROP COLUMN "tool";--> statement-breakpoint
ALTER TABLE "findings" DROP COLUMN "category";--> statement-breakpoint
ALTER TABLE "findings" DROP COLUMN "severity";--> statement-breakpoint
ALTER TABLE "findings" DROP COLUMN "language";--> statement-breakpoint
ALTER TABLE "findings" DROP COLUMN "labels";--> statement-breakpoint
-- What the dropped foreign keys did on delete: an analysis takes the rows it wrote in bulk with it, a project its issues.
CREATE FUNCTION "plumb_delete_analysis_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "findings" WHERE "analysis_id" = OLD."id";
  DELETE FROM "functions" WHERE "analysis_id" = OLD."id";
  DELETE FROM "duplicates" WHERE "analysis_id" = OLD."id";
  DELETE FROM "duplicate_occurrences" WHERE "analysis_id" = OLD."id";
  DELETE FROM "analysis_files" WHERE "analysis_id" = OLD."id";
  RETURN OLD;
END
$$;--> statement-breakpoint
CREATE TRIGGER "analyses_delete_rows" AFTER DELETE ON "analyses"
  FOR EACH ROW EXECUTE FUNCTION "plumb_delete_analysis_rows"();--> statement-breakpoint
CREATE FUNCTION "plumb_delete_project_issues"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "issues" WHERE "project_id" = OLD."id";
  RETURN OLD;
END
$$;--> statement-breakpoint
CREATE TRIGGER "projects_delete_issues" AFTER DELETE ON "projects"
  FOR EACH ROW EXECUTE FUNCTION "plumb_delete_project_issues"();
