import { registerEnumType } from 'type-graphql';
import { COMMAND_ERROR_CODES, type WordList } from '../../domain/ocpp-words.js';
import {
  CONNECTOR_ERROR_CODES,
  DIAGNOSTICS_STATUSES,
  FIRMWARE_STATUSES,
  MEASURANDS,
  METER_LOCATIONS,
  PHASES,
  READING_CONTEXTS,
  STOP_REASONS,
} from '../../domain/ocpp-report-words.js';

/** A GraphQL enum of a word list's names (its values are the names: resolvers return `list.nameOf(word)`). */
function enumOfWords(
  list: WordList<string>,
  name: string,
  description: string,
  valuesConfig: Record<string, { description: string }> = {},
): Record<string, string> {
  const values = Object.fromEntries(list.names.map((n) => [n, n]));
  registerEnumType(values, { name, description, valuesConfig });
  return values;
}

export const CommandErrorCode = enumOfWords(
  COMMAND_ERROR_CODES,
  'CommandErrorCode',
  "Why a command FAILED or TIMED_OUT: the charger's OCPP CALLERROR code in SCREAMING_CASE (1.6's FormationViolation and OccurenceConstraintViolation read as 2.0.1 spells them), or ours.",
  {
    CHARGER_OFFLINE: { description: 'Ours: the charger was not connected.' },
    CHARGER_TIMEOUT: { description: 'Ours: no answer within OCPP_COMMAND_TIMEOUT_MS.' },
    INTERNAL: { description: 'Ours: the server failed to send it.' },
    OTHER: { description: 'Any other failure here.' },
  },
);

export const StopReason = enumOfWords(
  STOP_REASONS,
  'StopReason',
  "Why a session ended: OCPP 1.6 Reason and 2.0.1 ReasonEnumType in SCREAMING_CASE (EVDisconnected -> EV_DISCONNECTED), or the server's own.",
  {
    DURATION_LIMIT_REACHED: {
      description: 'Ours: the server stopped it at its duration limit (limitReached DURATION).',
    },
    COST_LIMIT_REACHED: { description: 'Ours: the server stopped it at its cost limit (limitReached COST).' },
    ENERGY_LIMIT_REACHED: { description: "The energy limit: the station's (2.0.1), or ours (limitReached ENERGY)." },
    FORCED: { description: 'Ours: ended here by remoteStop with force, whatever the charger said.' },
    REMOTE_START_REJECTED: { description: 'Ours: the charger refused the remote start.' },
    REMOTE_START_ERROR: { description: 'Ours: the charger answered the remote start with a CALLERROR.' },
    REMOTE_START_OFFLINE: { description: 'Ours: the charger was offline or never answered the remote start.' },
    NO_START_TRANSACTION: { description: 'Ours: accepted, but no transaction started in time.' },
    OTHER: {
      description: "OCPP's Other, or a word the API does not know (the StopTransaction frame is in the message log).",
    },
  },
);

export const FirmwareStatus = enumOfWords(
  FIRMWARE_STATUSES,
  'FirmwareStatus',
  "FirmwareStatusNotification status (OCPP 2.0.1 FirmwareStatusEnumType, which holds 1.6's) in SCREAMING_CASE.",
  { OTHER: { description: 'A word OCPP does not define (the frame is in the message log).' } },
);

export const DiagnosticsStatus = enumOfWords(
  DIAGNOSTICS_STATUSES,
  'DiagnosticsStatus',
  "DiagnosticsStatusNotification (1.6) or LogStatusNotification (2.0.1) status in SCREAMING_CASE; 2.0.1's UploadFailure reads UPLOAD_FAILED.",
  { OTHER: { description: 'A word OCPP does not define (the frame is in the message log).' } },
);

export const ConnectorErrorCode = enumOfWords(
  CONNECTOR_ERROR_CODES,
  'ConnectorErrorCode',
  'StatusNotification errorCode (OCPP 1.6 ChargePointErrorCode) in SCREAMING_CASE; NO_ERROR for a 2.0.1 station, which reports none.',
  {
    OTHER_ERROR: {
      description: "OCPP's OtherError, or a word OCPP does not define (see vendorErrorCode in the frame).",
    },
  },
);

export const Measurand = enumOfWords(
  MEASURANDS,
  'Measurand',
  'What a sampled value measures: OCPP 1.6 and 2.0.1 Measurand in SCREAMING_CASE (Energy.Active.Import.Register -> ENERGY_ACTIVE_IMPORT_REGISTER, SoC -> SOC).',
  { OTHER: { description: 'A measurand OCPP does not define (the frame is in the message log).' } },
);

export const Phase = enumOfWords(PHASES, 'Phase', 'The phase a sampled value is for (OCPP Phase: L1-N -> L1_N).', {
  OTHER: { description: 'A phase OCPP does not define.' },
});

export const MeterLocation = enumOfWords(
  METER_LOCATIONS,
  'MeterLocation',
  'Where a sampled value was measured (OCPP Location).',
  { OTHER: { description: 'A location OCPP does not define.' } },
);

export const ReadingContext = enumOfWords(
  READING_CONTEXTS,
  'ReadingContext',
  'Why a sampled value was taken (OCPP ReadingContext: Sample.Periodic -> SAMPLE_PERIODIC).',
  { OTHER: { description: "OCPP's Other, or a context OCPP does not define." } },
);
