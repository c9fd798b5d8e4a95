CREATE SEQUENCE "public"."remote_start_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "device_variables" (
	"tenant_id" uuid NOT NULL,
	"charger_id" uuid NOT NULL,
	"component" text NOT NULL,
	"component_instance" text DEFAULT '' NOT NULL,
	"evse_id" integer DEFAULT 0 NOT NULL,
	"connector_id" integer DEFAULT 0 NOT NULL,
	"variable" text NOT NULL,
	"variable_instance" text DEFAULT '' NOT NULL,
	"attribute_type" text DEFAULT 'Actual' NOT NULL,
	"value" text,
	"mutability" text,
	"data_type" text,
	"unit" text,
	"characteristics" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transaction_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"charger_id" uuid NOT NULL,
	"session_id" uuid,
	"transaction_id" text NOT NULL,
	"seq_no" integer NOT NULL,
	"event_type" text NOT NULL,
	"trigger_reason" text NOT NULL,
	"offline" boolean DEFAULT false NOT NULL,
	"timestamp" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "connectors" ADD COLUMN "evse_connector_id" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "station_transaction_id" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "last_seq_no" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "remote_start_id" integer;--> statement-breakpoint
ALTER TABLE "device_variables" ADD CONSTRAINT "device_variables_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_variables" ADD CONSTRAINT "device_variables_charger_id_chargers_id_fk" FOREIGN KEY ("charger_id") REFERENCES "public"."chargers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transaction_events" ADD CONSTRAINT "transaction_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transaction_events" ADD CONSTRAINT "transaction_events_charger_id_chargers_id_fk" FOREIGN KEY ("charger_id") REFERENCES "public"."chargers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "device_variables_key" ON "device_variables" USING btree ("charger_id","component","component_instance","evse_id","connector_id","variable","variable_instance","attribute_type");--> statement-breakpoint
CREATE INDEX "device_variables_tenant_idx" ON "device_variables" USING btree ("tenant_id","charger_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transaction_events_seq_key" ON "transaction_events" USING btree ("charger_id","transaction_id","seq_no");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_station_transaction_key" ON "sessions" USING btree ("charger_id","station_transaction_id");