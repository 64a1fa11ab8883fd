CREATE TABLE "analysis_coverage" (
	"analysis_id" bigint PRIMARY KEY NOT NULL,
	"formats" text[] NOT NULL,
	"tool" text,
	"lines" integer NOT NULL,
	"covered_lines" integer NOT NULL,
	"branches" integer NOT NULL,
	"covered_branches" integer NOT NULL,
	"unmatched" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coverage_files" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coverage_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"analysis_id" bigint NOT NULL,
	"filename" text NOT NULL,
	"format" text NOT NULL,
	"lines" integer NOT NULL,
	"covered_lines" integer NOT NULL,
	"branches" integer NOT NULL,
	"covered_branches" integer NOT NULL,
	"line_numbers" "bytea" NOT NULL,
	"line_hits" "bytea" NOT NULL,
	"line_branches" "bytea" NOT NULL,
	"line_covered_branches" "bytea" NOT NULL,
	CONSTRAINT "coverage_files_format_check" CHECK (format in ('lcov', 'cobertura', 'jacoco', 'clover'))
);
--> statement-breakpoint
ALTER TABLE "analysis_coverage" ADD CONSTRAINT "analysis_coverage_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_files" ADD CONSTRAINT "coverage_files_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coverage_files_analysis_filename_unique" ON "coverage_files" USING btree ("analysis_id","filename");