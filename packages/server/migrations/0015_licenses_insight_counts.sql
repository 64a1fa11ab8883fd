CREATE TABLE "analysis_license_audits" (
	"analysis_id" bigint PRIMARY KEY NOT NULL,
	"policy" jsonb,
	"denied_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_licenses" (
	"analysis_id" bigint NOT NULL,
	"position" integer NOT NULL,
	"is_project" boolean NOT NULL,
	"name" text NOT NULL,
	"version" text,
	"source" text NOT NULL,
	"spdx" text,
	"declared" text NOT NULL,
	"filename" text NOT NULL,
	"line" integer NOT NULL,
	"denied" boolean NOT NULL,
	CONSTRAINT "analysis_licenses_analysis_id_position_pk" PRIMARY KEY("analysis_id","position"),
	CONSTRAINT "analysis_licenses_source_check" CHECK (source in ('npm', 'pypi', 'cargo', 'go', 'maven', 'license-file'))
);
--> statement-breakpoint
CREATE TABLE "organization_license_policies" (
	"organization_id" bigint PRIMARY KEY NOT NULL,
	"allowed" text[] NOT NULL,
	"denied" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insight_count_sets" (
	"analysis_id" bigint PRIMARY KEY NOT NULL,
	"baseline_id" bigint
);
--> statement-breakpoint
CREATE TABLE "insight_counts" (
	"analysis_id" bigint NOT NULL,
	"tool" text NOT NULL,
	"rule" text NOT NULL,
	"severity" text NOT NULL,
	"actual" integer NOT NULL,
	"baseline" integer NOT NULL,
	CONSTRAINT "insight_counts_analysis_id_tool_rule_severity_pk" PRIMARY KEY("analysis_id","tool","rule","severity")
);
--> statement-breakpoint
ALTER TABLE "analysis_license_audits" ADD CONSTRAINT "analysis_license_audits_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_licenses" ADD CONSTRAINT "analysis_licenses_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_license_policies" ADD CONSTRAINT "organization_license_policies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_count_sets" ADD CONSTRAINT "insight_count_sets_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_counts" ADD CONSTRAINT "insight_counts_analysis_id_insight_count_sets_analysis_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."insight_count_sets"("analysis_id") ON DELETE cascade ON UPDATE no action;