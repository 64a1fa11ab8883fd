ALTER TABLE "projects" ADD COLUMN "plumb_config" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "plumb_config_changed_at" timestamp with time zone;