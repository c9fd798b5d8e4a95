ALTER TABLE "sites" ADD COLUMN "opening_hours" jsonb;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "parking_type" text;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "custom_properties" jsonb;--> statement-breakpoint
ALTER TABLE "chargers" ADD COLUMN "capabilities" text[];--> statement-breakpoint
ALTER TABLE "chargers" ADD COLUMN "custom_properties" jsonb;--> statement-breakpoint
ALTER TABLE "connectors" ADD COLUMN "evse_id" text;--> statement-breakpoint
ALTER TABLE "connectors" ADD COLUMN "physical_reference" text;--> statement-breakpoint
ALTER TABLE "connectors" ADD COLUMN "max_voltage_v" integer;--> statement-breakpoint
ALTER TABLE "connectors" ADD COLUMN "max_current_a" integer;--> statement-breakpoint
ALTER TABLE "connectors" ADD COLUMN "phases" integer;--> statement-breakpoint
ALTER TABLE "connectors" ADD COLUMN "format" text;