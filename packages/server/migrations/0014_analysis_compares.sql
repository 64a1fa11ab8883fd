CREATE TABLE "analysis_compares" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "analysis_compares_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"project_id" bigint NOT NULL,
	"target_project_id" bigint NOT NULL,
	"source_branch" text,
	"source_revision" text,
	"target_branch" text,
	"target_revision" text,
	"target_username" text,
	"source_analysis_id" bigint NOT NULL,
	"target_analysis_id" bigint NOT NULL,
	"requested_by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "analysis_compares" ADD CONSTRAINT "analysis_compares_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_compares" ADD CONSTRAINT "analysis_compares_target_project_id_projects_id_fk" FOREIGN KEY ("target_project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_compares" ADD CONSTRAINT "analysis_compares_source_analysis_id_analyses_id_fk" FOREIGN KEY ("source_analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_compares" ADD CONSTRAINT "analysis_compares_target_analysis_id_analyses_id_fk" FOREIGN KEY ("target_analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_compares" ADD CONSTRAINT "analysis_compares_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analysis_compares_project_idx" ON "analysis_compares" USING btree ("project_id");