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
