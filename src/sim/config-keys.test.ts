import { describe, expect, it } from 'vitest';
import { changeConfiguration, defaultConfiguration, getConfiguration } from './config-keys.js';

describe('a virtual charger configuration', () => {
  it('accepts a valid change and reports the new value', () => {
    const config = defaultConfiguration(2, 300, 10);
    expect(changeConfiguration(config, 'MeterValueSampleInterval', '30')).toBe('Accepted');
    expect(getConfiguration(config, ['MeterValueSampleInterval']).configurationKey).toEqual([
      { key: 'MeterValueSampleInterval', value: '30', readonly: false },
    ]);
  });

  it('rejects read-only keys and bad values, and does not support unknown keys', () => {
    const config = defaultConfiguration(2, 300, 10);
    expect(changeConfiguration(config, 'NumberOfConnectors', '4')).toBe('Rejected');
    expect(changeConfiguration(config, 'HeartbeatInterval', 'soon')).toBe('Rejected');
    expect(changeConfiguration(config, 'AuthorizeRemoteTxRequests', 'yes')).toBe('Rejected');
    expect(changeConfiguration(config, 'NoSuchKey', '1')).toBe('NotSupported');
  });

  it('lists every key when none are asked for, and unknown keys apart', () => {
    const config = defaultConfiguration(1, 300, 10);
    expect(getConfiguration(config, undefined).configurationKey).toHaveLength(config.size);
    expect(getConfiguration(config, ['HeartbeatInterval', 'Nope'])).toMatchObject({ unknownKey: ['Nope'] });
  });
});
