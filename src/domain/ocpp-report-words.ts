// What chargers report, as word lists (see ocpp-words.ts): OCPP 1.6 and 2.0.1 together, from the
// JSON schemas in ocpp-rpc (lib/schemas), plus the words this server writes itself.
import { wordList } from './ocpp-words.js';

/**
 * Why a session ended: 1.6 StopTransaction Reason, 2.0.1 ReasonEnumType (stoppedReason), and ours:
 * the server stopped it at a limit, ended it with remoteStop force, or a remote start never became
 * a transaction (remote.commands.ts, command-state.repository.ts). A word neither knows reads OTHER,
 * as OCPP's own Other does.
 */
export const STOP_REASONS = wordList(
  [
    'Local',
    'Remote',
    'EVDisconnected',
    'DeAuthorized',
    'EmergencyStop',
    'HardReset',
    'SoftReset',
    'ImmediateReset',
    'Reboot',
    'PowerLoss',
    'PowerQuality',
    'GroundFault',
    'OvercurrentFault',
    'UnlockCommand',
    'StoppedByEV',
    'EnergyLimitReached',
    'SOCLimitReached',
    'TimeLimitReached',
    'LocalOutOfCredit',
    'MasterPass',
    'Timeout',
    'Other',
    'DurationLimitReached',
    'CostLimitReached',
    'Forced',
    'RemoteStartRejected',
    'RemoteStartError',
    'RemoteStartOffline',
    'NoStartTransaction',
  ],
  'OTHER',
);

/** FirmwareStatusNotification status: 2.0.1's list, which holds 1.6's (and the 1.6 security whitepaper's). */
export const FIRMWARE_STATUSES = wordList(
  [
    'Idle',
    'DownloadScheduled',
    'Downloading',
    'DownloadPaused',
    'Downloaded',
    'DownloadFailed',
    'SignatureVerified',
    'InvalidSignature',
    'InstallScheduled',
    'Installing',
    'InstallRebooting',
    'Installed',
    'InstallationFailed',
    'InstallVerificationFailed',
  ],
  'OTHER',
);

/** 1.6 DiagnosticsStatusNotification and 2.0.1 LogStatusNotification (kept in the same place). */
export const DIAGNOSTICS_STATUSES = wordList(
  [
    'Idle',
    'Uploading',
    'Uploaded',
    'UploadFailed',
    'UploadFailure',
    'BadMessage',
    'NotSupportedOperation',
    'PermissionDenied',
    'AcceptedCanceled',
  ],
  'OTHER',
  // 2.0.1 renamed 1.6's UploadFailed: one name for both.
  { UploadFailure: 'UPLOAD_FAILED' },
);

/** StatusNotification errorCode (1.6 ChargePointErrorCode; a 2.0.1 station reports none: NoError). */
export const CONNECTOR_ERROR_CODES = wordList(
  [
    'NoError',
    'ConnectorLockFailure',
    'EVCommunicationError',
    'GroundFailure',
    'HighTemperature',
    'InternalError',
    'LocalListConflict',
    'OtherError',
    'OverCurrentFailure',
    'OverVoltage',
    'PowerMeterFailure',
    'PowerSwitchFailure',
    'ReaderFailure',
    'ResetFailure',
    'UnderVoltage',
    'WeakSignal',
  ],
  'OTHER_ERROR',
);

/** SampledValue measurand: 1.6's and 2.0.1's lists (1.6 alone has Temperature and RPM, 2.0.1 the Net and Apparent ones). */
export const MEASURANDS = wordList(
  [
    'Energy.Active.Import.Register',
    'Energy.Active.Export.Register',
    'Energy.Reactive.Import.Register',
    'Energy.Reactive.Export.Register',
    'Energy.Active.Import.Interval',
    'Energy.Active.Export.Interval',
    'Energy.Reactive.Import.Interval',
    'Energy.Reactive.Export.Interval',
    'Energy.Active.Net',
    'Energy.Reactive.Net',
    'Energy.Apparent.Net',
    'Energy.Apparent.Import',
    'Energy.Apparent.Export',
    'Power.Active.Import',
    'Power.Active.Export',
    'Power.Reactive.Import',
    'Power.Reactive.Export',
    'Power.Offered',
    'Power.Factor',
    'Current.Import',
    'Current.Export',
    'Current.Offered',
    'Voltage',
    'Frequency',
    'Temperature',
    'SoC',
    'RPM',
  ],
  'OTHER',
  { SoC: 'SOC' },
);

export const PHASES = wordList(['L1', 'L2', 'L3', 'N', 'L1-N', 'L2-N', 'L3-N', 'L1-L2', 'L2-L3', 'L3-L1'], 'OTHER');

export const METER_LOCATIONS = wordList(['Outlet', 'Inlet', 'Body', 'Cable', 'EV'], 'OTHER');

export const READING_CONTEXTS = wordList(
  [
    'Sample.Periodic',
    'Sample.Clock',
    'Transaction.Begin',
    'Transaction.End',
    'Interruption.Begin',
    'Interruption.End',
    'Trigger',
    'Other',
  ],
  'OTHER',
);
