// The configuration a virtual charger keeps (OCPP 1.6 §9.1 core keys), and the rules a real
// charger applies to ChangeConfiguration: read-only keys are Rejected, unknown ones NotSupported,
// values of the wrong type Rejected.

export interface ConfigKey {
  key: string;
  value: string;
  readonly: boolean;
  kind: 'int' | 'bool' | 'csl' | 'string';
}

export type ChangeStatus = 'Accepted' | 'Rejected' | 'RebootRequired' | 'NotSupported';

export function defaultConfiguration(
  connectors: number,
  heartbeatSeconds: number,
  meterIntervalSeconds: number,
): Map<string, ConfigKey> {
  const keys: ConfigKey[] = [
    { key: 'AuthorizeRemoteTxRequests', value: 'false', readonly: false, kind: 'bool' },
    { key: 'ClockAlignedDataInterval', value: '0', readonly: false, kind: 'int' },
    { key: 'ConnectionTimeOut', value: '60', readonly: false, kind: 'int' },
    { key: 'GetConfigurationMaxKeys', value: '50', readonly: true, kind: 'int' },
    { key: 'HeartbeatInterval', value: String(heartbeatSeconds), readonly: false, kind: 'int' },
    { key: 'LocalAuthorizeOffline', value: 'true', readonly: false, kind: 'bool' },
    { key: 'LocalPreAuthorize', value: 'false', readonly: false, kind: 'bool' },
    { key: 'MeterValuesAlignedData', value: 'Energy.Active.Import.Register', readonly: false, kind: 'csl' },
    {
      key: 'MeterValuesSampledData',
      value: 'Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage,SoC',
      readonly: false,
      kind: 'csl',
    },
    { key: 'MeterValueSampleInterval', value: String(meterIntervalSeconds), readonly: false, kind: 'int' },
    { key: 'NumberOfConnectors', value: String(connectors), readonly: true, kind: 'int' },
    { key: 'ResetRetries', value: '3', readonly: false, kind: 'int' },
    { key: 'StopTransactionOnEVSideDisconnect', value: 'true', readonly: false, kind: 'bool' },
    { key: 'StopTransactionOnInvalidId', value: 'true', readonly: false, kind: 'bool' },
    { key: 'StopTxnSampledData', value: 'Energy.Active.Import.Register', readonly: false, kind: 'csl' },
    {
      key: 'SupportedFeatureProfiles',
      value: 'Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger',
      readonly: true,
      kind: 'csl',
    },
    { key: 'TransactionMessageAttempts', value: '3', readonly: false, kind: 'int' },
    { key: 'TransactionMessageRetryInterval', value: '10', readonly: false, kind: 'int' },
    { key: 'UnlockConnectorOnEVSideDisconnect', value: 'true', readonly: false, kind: 'bool' },
    { key: 'ChargeProfileMaxStackLevel', value: '8', readonly: true, kind: 'int' },
    { key: 'ChargingScheduleAllowedChargingRateUnit', value: 'Current,Power', readonly: true, kind: 'csl' },
    { key: 'LocalAuthListEnabled', value: 'true', readonly: false, kind: 'bool' },
    { key: 'ReserveConnectorZeroSupported', value: 'false', readonly: true, kind: 'bool' },
  ];
  return new Map(keys.map((k) => [k.key, k]));
}

/** Applies ChangeConfiguration.req (OCPP 1.6 §5.3) and says what the charger answers. */
export function changeConfiguration(config: Map<string, ConfigKey>, key: string, value: string): ChangeStatus {
  const entry = config.get(key);
  if (!entry) return 'NotSupported';
  if (entry.readonly) return 'Rejected';
  if (entry.kind === 'int' && !/^\d+$/.test(value)) return 'Rejected';
  if (entry.kind === 'bool' && value !== 'true' && value !== 'false') return 'Rejected';
  entry.value = value;
  return 'Accepted';
}

/** GetConfiguration.conf (OCPP 1.6 §5.8): all keys when none are asked for, unknown ones listed apart. */
export function getConfiguration(config: Map<string, ConfigKey>, keys: string[] | undefined) {
  const asked = keys?.length ? keys : [...config.keys()];
  const known = asked.filter((k) => config.has(k)).map((k) => config.get(k)!);
  const unknownKey = asked.filter((k) => !config.has(k));
  return {
    configurationKey: known.map(({ key, value, readonly }) => ({ key, value, readonly })),
    ...(unknownKey.length ? { unknownKey } : {}),
  };
}
