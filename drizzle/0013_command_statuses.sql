-- Command outcomes read as the API names them (PENDING ACCEPTED REJECTED FAILED TIMED_OUT). An answer
-- is ACCEPTED when the charger will do it (its status word Accepted, Scheduled, Unlocked,
-- RebootRequired, or none at all), REJECTED otherwise; offline and CALLERROR are FAILED.
UPDATE "commands" SET "status" = CASE
  WHEN "status" = 'ANSWERED' AND (
    "response"->>'status' IS NULL OR "response"->>'status' IN ('Accepted', 'Scheduled', 'Unlocked', 'RebootRequired')
  ) THEN 'ACCEPTED'
  WHEN "status" = 'ANSWERED' THEN 'REJECTED'
  WHEN "status" = 'TIMEOUT' THEN 'TIMED_OUT'
  WHEN "status" IN ('OFFLINE', 'ERROR') THEN 'FAILED'
  ELSE "status"
END
WHERE "status" IN ('ANSWERED', 'TIMEOUT', 'OFFLINE', 'ERROR');
