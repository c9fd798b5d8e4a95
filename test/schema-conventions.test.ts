// What a client's normalised cache needs from the schema, checked on every object type so a new
// type cannot forget it: an `id: ID!` (Apollo and Relay key objects by __typename + id), and enums
// that read the same way out as they are written in.
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';

// schema.graphql is what the server serves (test/staleness.test.ts keeps it so).
const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
const objectTypes = types.filter(isObjectType);
const inputTypes = types.filter(isInputObjectType);

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);
const isPagination = (name: string) => /(Connection|Edge)$/.test(name);

/** Object types that are values, not things: each with why it needs no identity of its own. */
const VALUE_TYPES: Record<string, string> = {
  PageInfo: 'pagination state of one connection',
  Money: 'an amount; equal values are the same thing',
  Address: 'part of its Site, cached inside it',
  Location: 'part of its Site, cached inside it',
  OpeningHours: 'part of its Site, replaced whole by updateSite',
  WeeklyPeriod: 'part of OpeningHours',
  OpeningException: 'part of OpeningHours',
  TimePeriod: 'part of an OpeningException',
  ChargerTotals: "figures derived from a Charger's sessions, cached under the Charger",
  TenantStats: 'figures derived from a Tenant, cached under the Tenant',
  ExternalAuthorization: "part of its Tenant's settings, cached inside the Tenant",
  WebhookEndpointHealth: 'figures derived from a WebhookEndpoint, cached under it',
  Cost: "a Session's price, recomputed with it and cached under the Session",
  CostLine: 'one line of a Cost',
  TariffElement: 'part of a Tariff; updateTariff replaces the elements whole',
  PriceComponent: 'part of a TariffElement',
  TariffRestrictions: 'part of a TariffElement',
  StatisticsGroup: 'one row of an aggregate; its identity is the statistics query itself',
  AuthPayload: 'a mutation result wrapping a User (which has an id) and tokens',
  CreatedApiKey: 'a mutation result wrapping an ApiKey (which has an id) and its secret',
  CreatedWebhookEndpoint: 'a mutation result wrapping a WebhookEndpoint (which has an id) and its secret',
  Invitation: 'a mutation result wrapping a User (which has an id) and a token',
  CommandResult: "a mutation result: the charger's answer to one command",
  RemoteStartResult: "a mutation result: the charger's answer and the Session (which has an id)",
  DataTransferResult: "a mutation result: the charger's answer to one DataTransfer",
  BaseReportResult: "a mutation result: the charger's answer to GetBaseReport (OCPP 2.0.1)",
  VariablesResult: "a mutation result: the charger's answers to Get/SetVariables (OCPP 2.0.1)",
  VariableResultType: 'one line of a VariablesResult',
  SessionLimits: 'part of its Session: the limits set at remote start',
  ChargingSchedule: 'part of its ChargingProfile, cached inside it',
  ChargingSchedulePeriod: 'one step of a ChargingSchedule',
  StatusInfo: 'part of one answer (CommandResult or Command), cached inside it',
  CompositeSchedule: 'part of one answer (CommandResult or Command), cached inside it',
  TariffSnapshot:
    "part of its ChargeDetailRecord: a frozen copy; the Tariff's own id would merge it with the tariff as it is now",
  TransactionStatusResult: "a mutation result: the charger's answer to GetTransactionStatus (OCPP 2.0.1)",
  ChargingProfilesRequestResult: "a mutation result: the charger's answer to GetChargingProfiles (OCPP 2.0.1)",
  ChargerStatusEvent: 'a subscription payload; the Charger and Connector inside have ids',
  MeterValuesEvent: 'a subscription payload; the Charger, Connector, Session and values inside have ids',
};

/** Mutations that keep their own arguments: API.md's Tokens section writes them that way for every client. */
const OWN_ARGUMENTS: Record<string, string> = {
  login: 'API.md: login(email, password)',
  refreshToken: 'API.md: refreshToken(refreshToken: String!)',
  logout: 'API.md: logout(refreshToken: String!)',
  acceptInvite: 'API.md: acceptInvite(token password)',
};

/** Mutations that may answer a bare Boolean, each with why no object or id fits. */
const BOOLEAN_ANSWERS: Record<string, string> = {
  logout: 'whether the refresh token was live; there is no object to return',
  requestPasswordReset: 'always true: any object or id would tell who has an account',
};

const mutations = Object.values(schema.getMutationType()!.getFields());

describe('mutations, as a client calls them', () => {
  it('take exactly one argument, `input`, a non-null input object (same call shape everywhere)', () => {
    const odd = mutations
      .filter((m) => !(m.name in OWN_ARGUMENTS))
      .filter((m) => {
        const [arg, ...more] = m.args;
        return (
          more.length > 0 || arg?.name !== 'input' || !isNonNullType(arg.type) || !isInputObjectType(arg.type.ofType)
        );
      })
      .map((m) => `${m.name}(${m.args.map((a) => `${a.name}: ${a.type}`).join(', ')})`);
    expect(odd, 'mutations not shaped `name(input: NameInput!)`').toEqual([]);
  });

  it('answer a delete with the deleted id, and nothing with a bare Boolean', () => {
    const deletes = mutations
      .filter((m) => /^(delete|remove|revoke)[A-Z]/.test(m.name))
      .filter((m) => String(m.type) !== 'ID!')
      .map((m) => `${m.name}: ${m.type}`);
    expect(deletes, 'deletes must return `ID!` (the id a client evicts from its cache)').toEqual([]);
    const booleans = mutations
      .filter((m) => getNamedType(m.type).name === 'Boolean' && !(m.name in BOOLEAN_ANSWERS))
      .map((m) => `${m.name}: ${m.type}`);
    expect(booleans, 'mutations answering Boolean (return the object or its id)').toEqual([]);
  });

  it('lists no exception for a mutation that does not exist', () => {
    const names = new Set(mutations.map((m) => m.name));
    const stale = [...Object.keys(OWN_ARGUMENTS), ...Object.keys(BOOLEAN_ANSWERS)].filter((n) => !names.has(n));
    expect(stale).toEqual([]);
  });
});

describe('the schema, as a client cache sees it', () => {
  it('gives every object type an id: ID!, except value types named with a reason', () => {
    const missing = objectTypes
      .filter((t) => !ROOTS.has(t.name) && !isPagination(t.name) && !(t.name in VALUE_TYPES))
      .filter((t) => {
        const id = t.getFields().id;
        return !id || !isNonNullType(id.type) || getNamedType(id.type).name !== 'ID';
      })
      .map((t) => t.name);
    expect(missing, 'object types without `id: ID!` (add one, or list it in VALUE_TYPES with why)').toEqual([]);
  });

  it('lists no value type that does not exist or already has an id', () => {
    const stale = Object.keys(VALUE_TYPES).filter((name) => {
      const t = schema.getType(name);
      return !t || !isObjectType(t) || !!t.getFields().id;
    });
    expect(stale).toEqual([]);
  });

  it('answers an enum where the input takes one: no String output beside an enum input of the same name', () => {
    const mismatches: string[] = [];
    for (const output of objectTypes) {
      for (const input of inputsFor(output)) {
        for (const [name, field] of Object.entries(output.getFields())) {
          const written = input.getFields()[name];
          if (!written || !isEnumType(getNamedType(written.type))) continue;
          const read = getNamedType(field.type);
          if (!isEnumType(read))
            mismatches.push(`${output.name}.${name}: ${read.name} (${input.name}.${name} is an enum)`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('answers an enum for every enum-like field by name (status, *Status, *Reason, measurand, ...), or says why not', () => {
    const strings = objectTypes
      .flatMap((t) => Object.values(t.getFields()).map((f) => [`${t.name}.${f.name}`, f] as const))
      .filter(([, f]) => ENUM_LIKE.test(f.name) && getNamedType(f.type).name === 'String')
      .map(([name]): string => name);
    expect(
      strings.filter((n) => !(n in STRINGS_BY_DESIGN)),
      'enum-like String outputs (make them an enum in SCREAMING_CASE, or list them in STRINGS_BY_DESIGN with why)',
    ).toEqual([]);
    expect(
      Object.keys(STRINGS_BY_DESIGN).filter((n) => !strings.includes(n)),
      'listed in STRINGS_BY_DESIGN but not a String output',
    ).toEqual([]);
  });

  it('finds the inputs of a type by name, so the check above has something to compare', () => {
    const connector = schema.getType('Connector') as GraphQLObjectType;
    expect(inputsFor(connector).map((i) => i.name)).toContain('UpdateConnectorInput');
    const profile = schema.getType('ChargingProfile') as GraphQLObjectType;
    expect(inputsFor(profile).map((i) => i.name)).toContain('ChargingProfileInput');
  });
});

/**
 * Field names that hold one word of a closed set (OCPP's or ours). An input-less output escapes the
 * check above (no input of the same name to compare with), so the name decides.
 */
const ENUM_LIKE = /^(status|\w+Status|reason|\w+Reason|measurand|phase|location|context|errorCode|ocppVersion|answer)$/;

/** Enum-like by name, yet a String: each with why (API.md fixes the charger's own words and the version). */
const STRINGS_BY_DESIGN: Record<string, string> = {
  'WebhookEndpoint.disabledReason': 'a sentence for people (which failure, since when), not a code',
  'CommandResult.status': "the charger's own word (Accepted, UnlockFailed, ...); the enum is command.status",
  'RemoteStartResult.status': "the charger's own word, like CommandResult.status; the enum is command.status",
  'BaseReportResult.status': "the charger's own word, like CommandResult.status; the enum is command.status",
  'ChargingProfilesRequestResult.status':
    "the charger's own word, like CommandResult.status; the enum is command.status",
  'Command.chargerStatus': "the charger's own word beside status (CommandStatus)",
  'Reservation.answer': "the charger's own word to ReserveNow beside status (ReservationStatus)",
  'Charger.ocppVersion': 'a version number (1.6, 2.0.1), like firmwareVersion',
  'VirtualCharger.ocppVersion': 'a version number (1.6, 2.0.1), like Charger.ocppVersion',
};

/** Output fields left as untyped JSON, each with why no GraphQL type fits; a new one fails until typed or listed. */
const JSON_FIELDS: Record<string, string> = {
  'Charger.customProperties': "the operator's own free-form keys",
  'Site.customProperties': "the operator's own free-form keys",
  'ChargerEvent.payload':
    'the OCPP frame of any of dozens of actions (and vendor DataTransfer), as the charger sent it',
  'OcppMessage.payload': 'an OCPP frame of any action and version, as it went over the wire',
  'WebhookDelivery.payload': 'the webhook body as it was signed and sent',
  'Command.payload': 'the OCPP request of any command action, as sent (the command log)',
  'Command.response':
    "the charger's whole answer to any action, vendor fields included; what OCPP fixes is typed beside it (chargerStatus, statusInfo, listVersion, fileName, compositeSchedule)",
};

describe('JSON in answers', () => {
  it('is only where no type fits, each field listed with why', () => {
    const jsonFields = objectTypes
      .flatMap((t) => Object.values(t.getFields()).map((f) => [`${t.name}.${f.name}`, f] as const))
      .filter(([, f]) => getNamedType(f.type).name === 'JSON');
    const untyped = jsonFields.map(([name]): string => name);
    expect(
      untyped.filter((n) => !(n in JSON_FIELDS)),
      'JSON output fields (type them, or list them here)',
    ).toEqual([]);
    expect(
      Object.keys(JSON_FIELDS).filter((n) => !untyped.includes(n)),
      'listed but not JSON',
    ).toEqual([]);
    // A client reading the schema learns what the JSON holds from the field itself.
    expect(
      jsonFields.filter(([, f]) => !f.description?.trim()).map(([name]) => name),
      'JSON output fields without a description',
    ).toEqual([]);
  });
});

/** The inputs that write or filter a type: Create<T>Input, Update<T>Input, <T>Input, <T>Filter. */
function inputsFor(output: GraphQLObjectType): GraphQLInputObjectType[] {
  const names = new Set(['Create', 'Update', ''].map((verb) => `${verb}${output.name}Input`));
  names.add(`${output.name}Filter`);
  return inputTypes.filter((t) => names.has(t.name));
}
