CREATE TABLE "file_analyses" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "file_analyses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" bigint NOT NULL,
	"project_id" bigint,
	"language" text NOT NULL,
	"filename" text NOT NULL,
	"code" text NOT NULL,
	"fingerprint" text,
	"parameters" text,
	"state" text DEFAULT 'scheduled' NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"violations" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "file_analyses_state_check" CHECK (state in ('scheduled', 'in_progress', 'done', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "file_analyses" ADD CONSTRAINT "file_analyses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_analyses" ADD CONSTRAINT "file_analyses_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "file_analyses_user_idx" ON "file_analyses" USING btree ("user_id");