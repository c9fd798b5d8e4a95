ALTER TABLE "sites" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "public_name" text;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "external_id" text;--> statement-breakpoint
CREATE INDEX "sites_parent_idx" ON "sites" USING btree ("parent_id");