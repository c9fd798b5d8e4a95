import type { ChargerRow } from '../chargers/charger.repository.js';
import { isSecret, type DeviceModelService, type VariableAddress } from '../chargers/device-model.service.js';
import { InputChecker } from '../errors.js';
import { hashPassword } from '../passwords.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import { noteForCaller, type CommandSender } from './command-sender.js';

export const REPORT_BASES = ['FullInventory', 'ConfigurationInventory', 'SummaryInventory'] as const;
export type ReportBase = (typeof REPORT_BASES)[number];

export interface VariableResult extends VariableAddress {
  /** The station's own status: Accepted, Rejected, UnknownComponent, UnknownVariable, NotSupportedAttributeType, RebootRequired. */
  status: string;
  value: string | null;
}

interface WireVariable {
  component: { name: string; instance?: string; evse?: { id: number; connectorId?: number } };
  variable: { name: string; instance?: string };
  attributeType?: string;
}

function wireOf(v: VariableAddress): WireVariable {
  return {
    component: {
      name: v.component,
      ...(v.componentInstance ? { instance: v.componentInstance } : {}),
      ...(v.evseId ? { evse: { id: v.evseId, ...(v.connectorId ? { connectorId: v.connectorId } : {}) } } : {}),
    },
    variable: { name: v.variable, ...(v.variableInstance ? { instance: v.variableInstance } : {}) },
    ...(v.attributeType ? { attributeType: v.attributeType } : {}),
  };
}

function addressOf(w: WireVariable): VariableAddress {
  return {
    component: w.component.name,
    componentInstance: w.component.instance ?? null,
    evseId: w.component.evse?.id ?? null,
    connectorId: w.component.evse?.connectorId ?? null,
    variable: w.variable.name,
    variableInstance: w.variable.instance ?? null,
    attributeType: w.attributeType ?? 'Actual',
  };
}

/** OCPP names are case-insensitive (CiString); an absent instance, EVSE or attribute type is the default. */
function sameAddress(a: VariableAddress, b: VariableAddress): boolean {
  const text = (v: string | null | undefined) => (v ?? '').toLowerCase();
  return (
    text(a.component) === text(b.component) &&
    text(a.componentInstance) === text(b.componentInstance) &&
    (a.evseId ?? 0) === (b.evseId ?? 0) &&
    (a.connectorId ?? 0) === (b.connectorId ?? 0) &&
    text(a.variable) === text(b.variable) &&
    text(a.variableInstance) === text(b.variableInstance) &&
    text(a.attributeType ?? 'Actual') === text(b.attributeType ?? 'Actual')
  );
}

/**
 * Each result with the variable asked that it answers, in the order asked (results for nothing
 * asked come last): a station may answer in any order, and B05/B06 tie a result to its request by
 * component, variable and attribute type, not by position. The same address asked twice is answered in turn.
 */
function inAskedOrder<T extends VariableAddress, R extends WireVariable>(
  asked: T[],
  results: R[],
): { result: R; asked: T | undefined }[] {
  const answered = new Set<number>();
  const pairs = results.map((result) => {
    const address = addressOf(result);
    const at = asked.findIndex((v, i) => !answered.has(i) && sameAddress(v, address));
    if (at >= 0) answered.add(at);
    return { result, asked: asked[at], at: at < 0 ? asked.length : at };
  });
  return pairs.sort((x, y) => x.at - y.at).map(({ result, asked }) => ({ result, asked }));
}

/**
 * The OCPP 2.0.1 device model commands (B06, B05, B07): what the station answers is stored, a
 * secret never. SetVariables of SecurityCtrlr.BasicAuthPassword (A01) that the station accepted
 * becomes the password its next connection must present; one it rejected changes nothing (A_10).
 */
export function createDeviceModelCommands(deps: {
  sender: CommandSender;
  deviceModel: DeviceModelService;
  setStationPassword: (scope: Scope, chargerId: string, passwordHash: string) => Promise<void>;
}) {
  const { sender, deviceModel } = deps;
  let nextRequestId = Math.floor(Math.random() * 2 ** 30);

  async function target(scope: Scope, chargerId: string): Promise<ChargerRow> {
    assertCan(scope, 'chargers:command');
    return sender.charger(scope, chargerId);
  }

  return {
    async getVariables(scope: Scope, input: { chargerId: string; variables: VariableAddress[] }) {
      new InputChecker().check(input.variables.length > 0, 'variables', 'name at least one variable').throwIfAny();
      const charger = await target(scope, input.chargerId);
      const answer = await sender.command(scope, charger, 'GetVariables', {
        getVariableData: input.variables.map(wireOf),
      });
      const results = (answer.response.getVariableResult ?? []) as (WireVariable & {
        attributeStatus: string;
        attributeValue?: string;
      })[];
      const mapped: VariableResult[] = inAskedOrder(input.variables, results).map(({ result: r }) => ({
        ...addressOf(r),
        status: r.attributeStatus,
        value: isSecret(addressOf(r)) ? null : (r.attributeValue ?? null),
      }));
      await deviceModel.valuesKnown(
        charger,
        mapped.filter((r) => r.status === 'Accepted'),
      );
      return { ...answer, results: mapped };
    },

    async setVariables(scope: Scope, input: { chargerId: string; variables: (VariableAddress & { value: string })[] }) {
      const checks = new InputChecker().check(input.variables.length > 0, 'variables', 'name at least one variable');
      for (const v of input.variables)
        checks.check(v.value.length <= 1000, 'variables.value', 'at most 1000 characters (SetVariableDataType)');
      const passwords = input.variables.filter(isSecret);
      for (const p of passwords)
        checks.check(
          p.value.length >= 16 && p.value.length <= 40,
          'variables.value',
          'BasicAuthPassword must be 16 to 40 characters (OCPP 2.0.1 security profile 1)',
        );
      checks.throwIfAny();
      const charger = await target(scope, input.chargerId);
      // Hashed before sending: a station that accepts may reconnect with the new password at once (A01).
      const hashes = new Map(await Promise.all(passwords.map(async (p) => [p, await hashPassword(p.value)] as const)));
      const answer = await sender.command(scope, charger, 'SetVariables', {
        setVariableData: input.variables.map((v) => ({ ...wireOf(v), attributeValue: v.value })),
      });
      const results = (answer.response.setVariableResult ?? []) as (WireVariable & { attributeStatus: string })[];
      const pairs = inAskedOrder(input.variables, results);
      const mapped: VariableResult[] = pairs.map(({ result, asked }) => {
        const address = addressOf(result);
        return { ...address, status: result.attributeStatus, value: isSecret(address) ? null : (asked?.value ?? null) };
      });
      // RebootRequired: the value is set and takes effect after a reboot.
      const took = pairs.map(
        ({ result, asked }) => !!asked && ['Accepted', 'RebootRequired'].includes(result.attributeStatus),
      );
      await deviceModel.valuesKnown(
        charger,
        mapped.filter((_, i) => took[i]),
      );
      const newHash = pairs.map(({ asked }, i) => (asked && took[i] ? hashes.get(asked) : undefined)).find(Boolean);
      if (newHash) await deps.setStationPassword(scope, charger.id, newHash);
      return { ...answer, results: mapped };
    },

    async requestBaseReport(scope: Scope, input: { chargerId: string; reportBase: ReportBase }) {
      const charger = await target(scope, input.chargerId);
      nextRequestId = (nextRequestId + 1) % 2 ** 31;
      const requestId = nextRequestId;
      noteForCaller('requestId', requestId);
      const answer = await sender.command(scope, charger, 'GetBaseReport', { requestId, reportBase: input.reportBase });
      return { ...answer, requestId };
    },

    /** The device model as stored, for the API. */
    variables: (scope: Scope, chargerId: string, filter: { component?: string | null; variable?: string | null }) =>
      deviceModel.list(scope, chargerId, filter),
  };
}

export type DeviceModelCommands = ReturnType<typeof createDeviceModelCommands>;
