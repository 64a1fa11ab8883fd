CREATE TABLE "analyses" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "analyses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"project_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"branch" text,
	"pull_request" integer,
	"base_branch" text,
	"revision" text,
	"title" text,
	"state" text DEFAULT 'new' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"config_override" text,
	"config_used" text,
	"engine_version" text,
	"linter_versions" jsonb,
	"error" text,
	"requested_by_user_id" bigint,
	"attempt" integer DEFAULT 0 NOT NULL,
	"heartbeat_at" timestamp with time zone,
	"build_status" text DEFAULT 'unknown' NOT NULL,
	"build_failures" jsonb,
	"base_analysis_id" bigint,
	"index_diff" jsonb,
	CONSTRAINT "analyses_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "analyses_state_check" CHECK (state in ('new', 'preparing', 'pending', 'in_progress', 'completed', 'failed', 'timed_out', 'canceled')),
	CONSTRAINT "analyses_kind_check" CHECK (kind in ('branch', 'pull_request', 'upload')),
	CONSTRAINT "analyses_build_status_check" CHECK (build_status in ('unknown', 'passed', 'failed', 'error', 'pending'))
);
--> statement-breakpoint
CREATE TABLE "analysis_files" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "analysis_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"analysis_id" bigint NOT NULL,
	"filename" text NOT NULL,
	"language" text NOT NULL,
	"code" integer NOT NULL,
	"comment" integer NOT NULL,
	"blank" integer NOT NULL,
	"duplicated_lines" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_uploads" (
	"analysis_id" bigint PRIMARY KEY NOT NULL,
	"payload" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "artifacts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "artifacts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"analysis_id" bigint NOT NULL,
	"node" text NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea",
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "duplicate_occurrences" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duplicate_occurrences_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"analysis_id" bigint NOT NULL,
	"duplicate_ordinal" integer NOT NULL,
	"filename" text NOT NULL,
	"line" integer NOT NULL,
	"line_end" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duplicates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duplicates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"analysis_id" bigint NOT NULL,
	"ordinal" integer NOT NULL,
	"line_count" integer NOT NULL,
	"token_count" integer NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "findings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"analysis_id" bigint NOT NULL,
	"issue_id" bigint,
	"rule" text NOT NULL,
	"tool" text NOT NULL,
	"category" text NOT NULL,
	"severity" text NOT NULL,
	"language" text,
	"filename" text NOT NULL,
	"line" integer NOT NULL,
	"line_end" integer NOT NULL,
	"column" integer NOT NULL,
	"description" text NOT NULL,
	"help" text,
	"labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"remediation_minutes" double precision NOT NULL,
	"code_hash" text NOT NULL,
	"fingerprint" text NOT NULL,
	"is_new" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'open' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "functions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "functions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"analysis_id" bigint NOT NULL,
	"filename" text NOT NULL,
	"name" text NOT NULL,
	"language" text NOT NULL,
	"line_start" integer NOT NULL,
	"line_end" integer NOT NULL,
	"complexity" integer NOT NULL,
	"cognitive_complexity" integer NOT NULL,
	"length" integer NOT NULL,
	"parameters" integer NOT NULL,
	"nesting_depth" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indices" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"analysis_id" bigint NOT NULL,
	"project_id" bigint NOT NULL,
	"branch" text,
	"revision" text NOT NULL,
	"outdated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"slocs" integer NOT NULL,
	"running_time_seconds" integer NOT NULL,
	"summary" jsonb NOT NULL,
	"techdebt" jsonb NOT NULL,
	"ratings" jsonb NOT NULL,
	"quality" jsonb NOT NULL,
	"stats" jsonb NOT NULL,
	"thresholds" jsonb NOT NULL,
	"errors" jsonb NOT NULL,
	"tree" jsonb NOT NULL,
	"nb_issues" integer NOT NULL,
	"nb_ignored_issues" integer NOT NULL,
	CONSTRAINT "indices_analysis_id_unique" UNIQUE("analysis_id")
);
--> statement-breakpoint
CREATE TABLE "issues" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "issues_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"project_id" bigint NOT NULL,
	"scope" text NOT NULL,
	"rule" text NOT NULL,
	"tool" text NOT NULL,
	"filename" text NOT NULL,
	"line" integer NOT NULL,
	"code_hash" text NOT NULL,
	"description" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"first_analysis_id" bigint NOT NULL,
	"last_analysis_id" bigint NOT NULL,
	"fixed_analysis_id" bigint,
	"resolved_by_user_id" bigint,
	"resolution_reason" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issues_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "issues_status_check" CHECK (status in ('open', 'fixed', 'reopened', 'false_positive', 'ignored'))
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "ssh_known_hosts" text;--> statement-breakpoint
ALTER TABLE "analyses" ADD CONSTRAINT "analyses_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analyses" ADD CONSTRAINT "analyses_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_files" ADD CONSTRAINT "analysis_files_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_uploads" ADD CONSTRAINT "analysis_uploads_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifacts" ADD CONSTRAINT "artifacts_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_occurrences" ADD CONSTRAINT "duplicate_occurrences_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicates" ADD CONSTRAINT "duplicates_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "functions" ADD CONSTRAINT "functions_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indices" ADD CONSTRAINT "indices_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indices" ADD CONSTRAINT "indices_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issues" ADD CONSTRAINT "issues_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issues" ADD CONSTRAINT "issues_resolved_by_user_id_users_id_fk" FOREIGN KEY ("resolved_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analyses_project_created_idx" ON "analyses" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "analyses_project_branch_idx" ON "analyses" USING btree ("project_id","branch","state","finished_at");--> statement-breakpoint
CREATE INDEX "analyses_active_idx" ON "analyses" USING btree ("state") WHERE state in ('new', 'preparing', 'pending', 'in_progress');--> statement-breakpoint
CREATE UNIQUE INDEX "analysis_files_analysis_filename_unique" ON "analysis_files" USING btree ("analysis_id","filename");--> statement-breakpoint
CREATE UNIQUE INDEX "artifacts_analysis_node_name_unique" ON "artifacts" USING btree ("analysis_id","node","name");--> statement-breakpoint
CREATE INDEX "duplicate_occurrences_analysis_idx" ON "duplicate_occurrences" USING btree ("analysis_id","filename");--> statement-breakpoint
CREATE UNIQUE INDEX "duplicates_analysis_ordinal_unique" ON "duplicates" USING btree ("analysis_id","ordinal");--> statement-breakpoint
CREATE INDEX "findings_analysis_idx" ON "findings" USING btree ("analysis_id","id");--> statement-breakpoint
CREATE INDEX "findings_severity_idx" ON "findings" USING btree ("analysis_id","severity","id");--> statement-breakpoint
CREATE INDEX "findings_category_idx" ON "findings" USING btree ("analysis_id","category","id");--> statement-breakpoint
CREATE INDEX "findings_language_idx" ON "findings" USING btree ("analysis_id","language","id");--> statement-breakpoint
CREATE INDEX "findings_rule_idx" ON "findings" USING btree ("analysis_id","rule","id");--> statement-breakpoint
CREATE INDEX "findings_path_idx" ON "findings" USING btree ("analysis_id",filename text_pattern_ops);--> statement-breakpoint
CREATE INDEX "findings_labels_idx" ON "findings" USING gin ("labels");--> statement-breakpoint
CREATE INDEX "findings_new_idx" ON "findings" USING btree ("analysis_id","id") WHERE is_new;--> statement-breakpoint
CREATE INDEX "findings_issue_idx" ON "findings" USING btree ("issue_id");--> statement-breakpoint
CREATE INDEX "findings_status_idx" ON "findings" USING btree ("analysis_id","status","id");--> statement-breakpoint
CREATE INDEX "functions_analysis_file_idx" ON "functions" USING btree ("analysis_id","filename");--> statement-breakpoint
CREATE INDEX "functions_analysis_complexity_idx" ON "functions" USING btree ("analysis_id","complexity");--> statement-breakpoint
CREATE INDEX "indices_project_revision_idx" ON "indices" USING btree ("project_id","revision");--> statement-breakpoint
CREATE INDEX "issues_scope_status_idx" ON "issues" USING btree ("project_id","scope","status");