ALTER TABLE "charge_detail_records" ADD COLUMN "stopped_at" timestamp with time zone;--> statement-breakpoint
-- Records written before the column: their session's stop, as frozen in the record (hand-added).
UPDATE "charge_detail_records" SET "stopped_at" = coalesce(("data"->'session'->>'stoppedAt')::timestamptz, "created_at");--> statement-breakpoint
CREATE INDEX "charge_detail_records_tenant_stopped_idx" ON "charge_detail_records" USING btree ("tenant_id","stopped_at");