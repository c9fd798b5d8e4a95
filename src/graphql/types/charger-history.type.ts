import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ChargerEventRow } from '../../domain/chargers/charger-events.repository.js';
import { Connection } from '../connection.js';
import { toGlobalId } from '../node.js';
import { DIAGNOSTICS_STATUSES, FIRMWARE_STATUSES } from '../../domain/ocpp-report-words.js';
import { DiagnosticsStatus, FirmwareStatus } from './ocpp-word-enums.js';

const idOf = (row: ChargerEventRow) => toGlobalId('ChargerEvent', String(row.id));
const text = (value: unknown) => (typeof value === 'string' ? value : null);

@ObjectType({ description: 'The charger came online (its socket opened) or went offline.' })
export class ConnectionEvent {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) online!: boolean;
  @Field(() => Date) timestamp!: Date;

  static from(row: ChargerEventRow): ConnectionEvent {
    return Object.assign(new ConnectionEvent(), {
      id: idOf(row),
      online: row.type === 'Connected',
      timestamp: row.timestamp,
    });
  }
}

export const FirmwareEventKind = { FIRMWARE: 'FIRMWARE', DIAGNOSTICS: 'DIAGNOSTICS' } as const;
export type FirmwareEventKind = keyof typeof FirmwareEventKind;
registerEnumType(FirmwareEventKind, {
  name: 'FirmwareEventKind',
  description:
    'FIRMWARE: FirmwareStatusNotification; DIAGNOSTICS: DiagnosticsStatusNotification (LogStatusNotification in 2.0.1).',
});

@ObjectType({
  description:
    'A firmware or diagnostics progress report: firmwareStatus for kind FIRMWARE, diagnosticsStatus for DIAGNOSTICS (the other is null).',
})
export class FirmwareStatusEvent {
  @Field(() => ID) id!: string;
  @Field(() => FirmwareEventKind) kind!: FirmwareEventKind;
  @Field(() => FirmwareStatus, { nullable: true, description: 'Kind FIRMWARE: e.g. DOWNLOADING, INSTALLED.' })
  firmwareStatus!: string | null;
  @Field(() => DiagnosticsStatus, { nullable: true, description: 'Kind DIAGNOSTICS: e.g. UPLOADING, UPLOADED.' })
  diagnosticsStatus!: string | null;
  @Field(() => Date, { description: 'When we received it (the 1.6 messages carry no time).' }) timestamp!: Date;

  static from(row: ChargerEventRow): FirmwareStatusEvent {
    const status = text((row.payload as Record<string, unknown>).status) ?? '';
    const diagnostics = row.type === 'DiagnosticsStatusNotification';
    return Object.assign(new FirmwareStatusEvent(), {
      id: idOf(row),
      kind: diagnostics ? 'DIAGNOSTICS' : 'FIRMWARE',
      firmwareStatus: diagnostics ? null : FIRMWARE_STATUSES.nameOf(status),
      diagnosticsStatus: diagnostics ? DIAGNOSTICS_STATUSES.nameOf(status) : null,
      timestamp: row.timestamp,
    });
  }
}

@ObjectType({ description: 'A SecurityEventNotification (OCPP 1.6 security extension, OCPP 2.0.1).' })
export class SecurityEvent {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'As sent, e.g. FirmwareUpdated, InvalidCentralSystemCertificate.' })
  type!: string;
  @Field(() => String, { nullable: true, description: 'Additional technical information from the charger.' })
  techInfo!: string | null;
  @Field(() => Date, { description: "The charger's time of the event." }) timestamp!: Date;

  static from(row: ChargerEventRow): SecurityEvent {
    const payload = row.payload as Record<string, unknown>;
    return Object.assign(new SecurityEvent(), {
      id: idOf(row),
      type: text(payload.type) ?? '',
      techInfo: text(payload.techInfo),
      timestamp: row.timestamp,
    });
  }
}

export const ConnectionEventConnection = Connection(ConnectionEvent);
export const FirmwareStatusEventConnection = Connection(FirmwareStatusEvent);
export const SecurityEventConnection = Connection(SecurityEvent);
