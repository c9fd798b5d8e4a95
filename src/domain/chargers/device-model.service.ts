import type { Scope } from '../scope.js';
import type { DeviceModelRepository, DeviceVariableRow } from './device-model.repository.js';

/** Which variable of which component, in a station's device model (OCPP 2.0.1 §2.2 "Device model"). */
export interface VariableAddress {
  component: string;
  componentInstance?: string | null;
  evseId?: number | null;
  connectorId?: number | null;
  variable: string;
  variableInstance?: string | null;
  /** Actual (default), Target, MinSet, MaxSet. */
  attributeType?: string | null;
}

export interface VariableFacts extends VariableAddress {
  value?: string | null;
  mutability?: string | null;
  dataType?: string | null;
  unit?: string | null;
  characteristics?: Record<string, unknown> | null;
}

/** Secrets a station reports or is sent are never stored (B09 / A01: the Basic-auth password). */
export function isSecret(a: Pick<VariableAddress, 'component' | 'variable'>): boolean {
  return a.component.toLowerCase() === 'securityctrlr' && a.variable.toLowerCase() === 'basicauthpassword';
}

/** A command's payload as it may be kept: SetVariables' secret values masked (the command log is readable through the API). */
export function withoutSecrets(action: string, payload: Record<string, unknown>): Record<string, unknown> {
  const data = payload.setVariableData;
  if (action !== 'SetVariables' || !Array.isArray(data)) return payload;
  type Wire = { component?: { name?: unknown }; variable?: { name?: unknown }; attributeValue?: unknown };
  const masked = (data as Wire[]).map((v) =>
    typeof v?.component?.name === 'string' &&
    typeof v.variable?.name === 'string' &&
    isSecret({ component: v.component.name, variable: v.variable.name })
      ? { ...v, attributeValue: '********' }
      : v,
  );
  return { ...payload, setVariableData: masked };
}

type Charger = { id: string; tenantId: string };

/** A station's device model as its reports and our Get/SetVariables left it. */
export function createDeviceModelService(deps: { repo: DeviceModelRepository }) {
  const { repo } = deps;
  const rowOf = (charger: Charger, f: VariableFacts) => ({
    tenantId: charger.tenantId,
    chargerId: charger.id,
    component: f.component,
    componentInstance: f.componentInstance ?? '',
    evseId: f.evseId ?? 0,
    connectorId: f.connectorId ?? 0,
    variable: f.variable,
    variableInstance: f.variableInstance ?? '',
    attributeType: f.attributeType ?? 'Actual',
    value: isSecret(f) ? null : (f.value ?? null),
    mutability: f.mutability ?? null,
    dataType: f.dataType ?? null,
    unit: f.unit ?? null,
    characteristics: f.characteristics ?? null,
  });

  return {
    /** A NotifyReport part (B07/B08): what it says about each variable replaces what we knew. */
    async reported(charger: Charger, facts: VariableFacts[]): Promise<void> {
      await repo.upsert(
        facts.map((f) => rowOf(charger, f)),
        ['value', 'mutability', 'dataType', 'unit', 'characteristics'],
      );
    },

    /** Values the station answered to GetVariables or accepted in SetVariables: only the value changes. */
    async valuesKnown(charger: Charger, facts: VariableFacts[]): Promise<void> {
      await repo.upsert(
        facts.map((f) => rowOf(charger, f)),
        ['value'],
      );
    },

    list: (scope: Scope, chargerId: string, filter: { component?: string | null; variable?: string | null }) =>
      repo.list(scope, chargerId, filter),
  };
}

export type DeviceModelService = ReturnType<typeof createDeviceModelService>;
export type { DeviceVariableRow };
