CREATE TABLE "gate_baselines" (
	"project_id" bigint PRIMARY KEY NOT NULL,
	"analysis_id" bigint NOT NULL,
	"branch" text NOT NULL,
	"fingerprints" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gate_results" (
	"analysis_id" bigint PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"violations" jsonb NOT NULL,
	"waived_violations" jsonb NOT NULL,
	"measures" jsonb NOT NULL,
	"default_branch" text NOT NULL,
	"scanned_branch" text,
	"is_baseline_scan" boolean NOT NULL,
	"policy_overrides" jsonb NOT NULL,
	"policy_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gate_results_status_check" CHECK (status in ('passed', 'failed', 'not_configured'))
);
--> statement-breakpoint
CREATE TABLE "gate_waivers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "gate_waivers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organization_id" bigint NOT NULL,
	"project_id" bigint,
	"pull_request" integer,
	"rule" text NOT NULL,
	"reason" text NOT NULL,
	"created_by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "gate_baselines" ADD CONSTRAINT "gate_baselines_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_baselines" ADD CONSTRAINT "gate_baselines_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_results" ADD CONSTRAINT "gate_results_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_waivers" ADD CONSTRAINT "gate_waivers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_waivers" ADD CONSTRAINT "gate_waivers_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_waivers" ADD CONSTRAINT "gate_waivers_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gate_waivers_organization_idx" ON "gate_waivers" USING btree ("organization_id","id");