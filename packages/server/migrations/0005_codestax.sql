CREATE TABLE "gate_policies" (
	"organization_id" bigint PRIMARY KEY NOT NULL,
	"enabled" boolean NOT NULL,
	"block_merge_on_fail" boolean NOT NULL,
	"applies_to_new_code_only" boolean NOT NULL,
	"policy" jsonb NOT NULL,
	"version" integer NOT NULL,
	"updated_by_user_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_generations" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"generation" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_revocations" (
	"token_id" uuid PRIMARY KEY NOT NULL,
	"user_id" bigint NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tokens" DROP CONSTRAINT "tokens_kind_check";--> statement-breakpoint
ALTER TABLE "tokens" DROP CONSTRAINT "tokens_owner_check";--> statement-breakpoint
ALTER TABLE "indices" ADD COLUMN "parsing" jsonb;--> statement-breakpoint
ALTER TABLE "gate_policies" ADD CONSTRAINT "gate_policies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_policies" ADD CONSTRAINT "gate_policies_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_generations" ADD CONSTRAINT "session_generations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_revocations" ADD CONSTRAINT "session_revocations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_revocations_expires_idx" ON "session_revocations" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "tokens_organization_idx" ON "tokens" USING btree ("organization_id");--> statement-breakpoint
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_kind_check" CHECK (kind in ('user', 'organization', 'project', 'key_pair', 'api_key'));--> statement-breakpoint
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_owner_check" CHECK ((kind = 'user' and user_id is not null) or (kind = 'key_pair' and user_id is not null and access_key is not null) or (kind = 'organization' and organization_id is not null) or (kind = 'project' and project_id is not null) or (kind = 'api_key' and organization_id is not null and role is not null));