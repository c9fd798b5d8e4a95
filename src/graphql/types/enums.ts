import { registerEnumType } from 'type-graphql';
import { ROLES } from '../../domain/roles.js';

export const Role = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in (typeof ROLES)[number]]: K };
export type Role = (typeof ROLES)[number];
registerEnumType(Role, { name: 'Role', description: 'What a user or API key may do (see the policy in the domain).' });

export enum RegistrationStatus {
  ACCEPTED = 'ACCEPTED',
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
}
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

/** OCPP ChargePointStatus in SCREAMING_CASE (1.6 §7.7; OCCUPIED is 2.0.1's), plus UNKNOWN before any report. */
export enum ConnectorStatus {
  AVAILABLE = 'AVAILABLE',
  PREPARING = 'PREPARING',
  CHARGING = 'CHARGING',
  SUSPENDED_EVSE = 'SUSPENDED_EVSE',
  SUSPENDED_EV = 'SUSPENDED_EV',
  FINISHING = 'FINISHING',
  RESERVED = 'RESERVED',
  UNAVAILABLE = 'UNAVAILABLE',
  FAULTED = 'FAULTED',
  OCCUPIED = 'OCCUPIED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ConnectorStatus, {
  name: 'ConnectorStatus',
  description: 'OCPP ChargePointStatus in SCREAMING_CASE; UNKNOWN until the charger reports one.',
  valuesConfig: {
    OCCUPIED: { description: 'OCPP 2.0.1 only.' },
    UNKNOWN: { description: 'No StatusNotification yet (or a value OCPP does not define).' },
  },
});

const CONNECTOR_STATUSES = new Set<string>(Object.values(ConnectorStatus));

/** Stored statuses are SCREAMING_CASE already; a charger's PascalCase or anything unknown is mapped, never thrown. */
export function toConnectorStatus(value: string | null | undefined): ConnectorStatus {
  if (!value) return ConnectorStatus.UNKNOWN;
  const upper = CONNECTOR_STATUSES.has(value) ? value : value.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return CONNECTOR_STATUSES.has(upper) ? (upper as ConnectorStatus) : ConnectorStatus.UNKNOWN;
}
