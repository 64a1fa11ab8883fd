CREATE TABLE "gate_new_lines" (
	"analysis_id" bigint NOT NULL,
	"filename" text NOT NULL,
	"line_numbers" "bytea" NOT NULL,
	CONSTRAINT "gate_new_lines_analysis_id_filename_pk" PRIMARY KEY("analysis_id","filename")
);
--> statement-breakpoint
ALTER TABLE "gate_new_lines" ADD CONSTRAINT "gate_new_lines_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;