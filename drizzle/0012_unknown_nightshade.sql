ALTER TABLE "sessions" ADD COLUMN "max_energy_wh" bigint;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "max_duration_seconds" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "max_cost" numeric(14, 4);--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "limit_reached" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "limit_stop_requested_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "sessions_limited_idx" ON "sessions" USING btree ("started_at") WHERE "sessions"."status" = 'ACTIVE' and ("sessions"."max_duration_seconds" is not null or "sessions"."max_energy_wh" is not null or "sessions"."max_cost" is not null);