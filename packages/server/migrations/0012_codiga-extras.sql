CREATE TABLE "ignored_issues" (
	"ignore_id" bigint NOT NULL,
	"issue_id" bigint NOT NULL,
	CONSTRAINT "ignored_issues_ignore_id_issue_id_pk" PRIMARY KEY("ignore_id","issue_id")
);
--> statement-breakpoint
CREATE TABLE "violation_ignores" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "violation_ignores_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"project_id" bigint NOT NULL,
	"rule" text NOT NULL,
	"tool" text NOT NULL,
	"language" text,
	"filename" text,
	"prefix" text,
	"description" text,
	"created_by_user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "violation_ignores_identity_unique" UNIQUE NULLS NOT DISTINCT("project_id","rule","tool","language","filename","prefix")
);
--> statement-breakpoint
CREATE TABLE "assistant_cookbooks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assistant_cookbooks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"owner_user_id" bigint NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"is_public" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistant_recipe_comments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assistant_recipe_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"recipe_id" bigint NOT NULL,
	"author_user_id" bigint,
	"comment" text NOT NULL,
	"rating" integer NOT NULL,
	"security_flag" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assistant_recipe_comments_rating_check" CHECK (rating between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "assistant_recipe_dependencies" (
	"recipe_id" bigint NOT NULL,
	"name" text NOT NULL,
	"min_version" text,
	"max_version" text,
	"is_negative" boolean NOT NULL,
	CONSTRAINT "assistant_recipe_dependencies_recipe_id_name_pk" PRIMARY KEY("recipe_id","name")
);
--> statement-breakpoint
CREATE TABLE "assistant_recipes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assistant_recipes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"owner_user_id" bigint NOT NULL,
	"cookbook_id" bigint,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"code" text NOT NULL,
	"language" text NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"filename_patterns" text[] DEFAULT '{}'::text[] NOT NULL,
	"imports" text[] DEFAULT '{}'::text[] NOT NULL,
	"shortcut" text,
	"is_public" boolean NOT NULL,
	"search_text" text NOT NULL,
	"uses" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ignored_issues" ADD CONSTRAINT "ignored_issues_ignore_id_violation_ignores_id_fk" FOREIGN KEY ("ignore_id") REFERENCES "public"."violation_ignores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violation_ignores" ADD CONSTRAINT "violation_ignores_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violation_ignores" ADD CONSTRAINT "violation_ignores_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_cookbooks" ADD CONSTRAINT "assistant_cookbooks_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_recipe_comments" ADD CONSTRAINT "assistant_recipe_comments_recipe_id_assistant_recipes_id_fk" FOREIGN KEY ("recipe_id") REFERENCES "public"."assistant_recipes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_recipe_comments" ADD CONSTRAINT "assistant_recipe_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_recipe_dependencies" ADD CONSTRAINT "assistant_recipe_dependencies_recipe_id_assistant_recipes_id_fk" FOREIGN KEY ("recipe_id") REFERENCES "public"."assistant_recipes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_recipes" ADD CONSTRAINT "assistant_recipes_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_recipes" ADD CONSTRAINT "assistant_recipes_cookbook_id_assistant_cookbooks_id_fk" FOREIGN KEY ("cookbook_id") REFERENCES "public"."assistant_cookbooks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ignored_issues_issue_idx" ON "ignored_issues" USING btree ("issue_id");--> statement-breakpoint
CREATE INDEX "assistant_cookbooks_owner_idx" ON "assistant_cookbooks" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "assistant_recipe_comments_recipe_idx" ON "assistant_recipe_comments" USING btree ("recipe_id","id");--> statement-breakpoint
CREATE INDEX "assistant_recipes_owner_idx" ON "assistant_recipes" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "assistant_recipes_language_idx" ON "assistant_recipes" USING btree ("language","is_public");--> statement-breakpoint
CREATE INDEX "assistant_recipes_cookbook_idx" ON "assistant_recipes" USING btree ("cookbook_id");