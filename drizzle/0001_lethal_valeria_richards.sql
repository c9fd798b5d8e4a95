CREATE TABLE "allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"circuit_id" uuid NOT NULL,
	"charger_id" uuid NOT NULL,
	"connector_id" integer NOT NULL,
	"session_id" uuid,
	"transaction_id" integer,
	"target_a" double precision,
	"grid_phases" text[] DEFAULT '{}'::text[] NOT NULL,
	"reason" text DEFAULT 'IDLE' NOT NULL,
	"measured_l1" double precision,
	"measured_l2" double precision,
	"measured_l3" double precision,
	"measured_at" timestamp with time zone,
	"sent_a" double precision,
	"sent_at" timestamp with time zone,
	"profile_status" text,
	"accepted_a" double precision,
	"accepted_at" timestamp with time zone,
	"rejections" integer DEFAULT 0 NOT NULL,
	"flagged" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circuit_chargers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"circuit_id" uuid NOT NULL,
	"charger_id" uuid NOT NULL,
	"connector_id" integer,
	"phases" integer DEFAULT 3 NOT NULL,
	"phase_rotation" text DEFAULT 'RST' NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"max_current_a" double precision DEFAULT 32 NOT NULL,
	"fallback_limit_a" double precision DEFAULT 6 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circuits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"max_current_a" double precision NOT NULL,
	"max_power_w" integer,
	"phases" integer DEFAULT 3 NOT NULL,
	"strategy" text DEFAULT 'EQUAL' NOT NULL,
	"min_current_a" double precision DEFAULT 6 NOT NULL,
	"reserve_a" double precision DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_circuit_id_circuits_id_fk" FOREIGN KEY ("circuit_id") REFERENCES "public"."circuits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_charger_id_chargers_id_fk" FOREIGN KEY ("charger_id") REFERENCES "public"."chargers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circuit_chargers" ADD CONSTRAINT "circuit_chargers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circuit_chargers" ADD CONSTRAINT "circuit_chargers_circuit_id_circuits_id_fk" FOREIGN KEY ("circuit_id") REFERENCES "public"."circuits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circuit_chargers" ADD CONSTRAINT "circuit_chargers_charger_id_chargers_id_fk" FOREIGN KEY ("charger_id") REFERENCES "public"."chargers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circuits" ADD CONSTRAINT "circuits_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circuits" ADD CONSTRAINT "circuits_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circuits" ADD CONSTRAINT "circuits_parent_id_circuits_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."circuits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allocations_connector_key" ON "allocations" USING btree ("charger_id","connector_id");--> statement-breakpoint
CREATE INDEX "allocations_circuit_idx" ON "allocations" USING btree ("circuit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "circuit_chargers_charger_key" ON "circuit_chargers" USING btree ("charger_id",coalesce("connector_id", 0));--> statement-breakpoint
CREATE INDEX "circuit_chargers_circuit_idx" ON "circuit_chargers" USING btree ("circuit_id");--> statement-breakpoint
CREATE INDEX "circuits_site_idx" ON "circuits" USING btree ("tenant_id","site_id");