DROP INDEX "ocpp_messages_timestamp_idx";--> statement-breakpoint
CREATE INDEX "ocpp_messages_timestamp_idx" ON "ocpp_messages" USING brin ("timestamp");