CREATE TABLE "leases" (
	"key" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "id_tags" ADD COLUMN "charging_priority" integer;--> statement-breakpoint
ALTER TABLE "allocations" ADD COLUMN "default_a" double precision;