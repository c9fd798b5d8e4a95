CREATE TABLE "evse_connectors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"charger_id" uuid NOT NULL,
	"evse_id" integer NOT NULL,
	"connector_id" integer NOT NULL,
	"status" text DEFAULT 'UNKNOWN' NOT NULL,
	"status_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "connector_status_history" ADD COLUMN "evse_connector_id" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "evse_connector_id" integer;--> statement-breakpoint
ALTER TABLE "evse_connectors" ADD CONSTRAINT "evse_connectors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evse_connectors" ADD CONSTRAINT "evse_connectors_charger_id_chargers_id_fk" FOREIGN KEY ("charger_id") REFERENCES "public"."chargers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evse_connectors_key" ON "evse_connectors" USING btree ("charger_id","evse_id","connector_id");--> statement-breakpoint
-- Keep what 2.0.1 stations reported: each EVSE row held its latest connector's status; it becomes that connector's row.
INSERT INTO "evse_connectors" ("tenant_id", "charger_id", "evse_id", "connector_id", "status", "status_at")
SELECT "tenant_id", "charger_id", "connector_id", "evse_connector_id", "status", "status_at" FROM "connectors"
WHERE "evse_connector_id" IS NOT NULL AND "connector_id" > 0;--> statement-breakpoint
ALTER TABLE "connectors" DROP COLUMN "evse_connector_id";