import { ConflictError, InputChecker, NotFoundError } from '../errors.js';
import { assertCan, can } from '../policy.js';
import type { Scope } from '../scope.js';
import type { AllocationRepository, AllocationRow } from './allocation.repository.js';
import type { Strategy } from './allocator.js';
import type { AttachmentRow, CircuitRepository, CircuitRow } from './circuit.repository.js';
import type { LoadBalancer } from './load-balancer.service.js';

/** Omitted fields stay as they are; an explicit null clears a nullable one (parentId, maxPowerW). */
export interface CircuitInput {
  siteId?: string;
  parentId?: string | null;
  name?: string | null;
  maxCurrentA?: number | null;
  maxPowerW?: number | null;
  phases?: number | null;
  strategy?: Strategy | null;
  minCurrentA?: number | null;
  reserveA?: number | null;
}

export interface AttachInput {
  circuitId: string;
  chargerId: string;
  connectorId?: number | null;
  phases?: number | null;
  phaseRotation?: string | null;
  priority?: number | null;
  maxCurrentA?: number | null;
  fallbackLimitA?: number | null;
}

const ROTATIONS = ['RST', 'RTS', 'SRT', 'STR', 'TRS', 'TSR'];

/** Circuits CRUD and attachments; every change recomputes the site's allocation. */
export function createCircuitService(deps: {
  circuits: CircuitRepository;
  allocations: AllocationRepository;
  balancer: Pick<LoadBalancer, 'siteChanged' | 'chargerDetached'>;
}) {
  const { circuits, allocations, balancer } = deps;

  async function circuitOf(scope: Scope, id: string): Promise<CircuitRow> {
    const [row] = await circuits.byIds(scope, [id]);
    if (!row) throw new NotFoundError('Circuit', id);
    return row;
  }

  /** The parent must be a circuit of the same site, and not the circuit itself or one below it. */
  async function checkParent(scope: Scope, siteId: string, parentId: string, selfId?: string): Promise<void> {
    const siteCircuits = await circuits.ofSites(scope, [siteId]);
    const parent = siteCircuits.find((c) => c.id === parentId);
    if (!parent) throw new NotFoundError('Circuit', parentId);
    const byId = new Map(siteCircuits.map((c) => [c.id, c]));
    for (let c: CircuitRow | undefined = parent; c; c = byId.get(c.parentId ?? ''))
      if (c.id === selfId) throw new ConflictError('A circuit cannot hang below itself', { field: 'parentId' });
  }

  return {
    async byIds(scope: Scope, ids: readonly string[]): Promise<CircuitRow[]> {
      return can(scope.actor, 'loadmgmt:read') ? circuits.byIds(scope, ids) : [];
    },
    async ofSites(scope: Scope, siteIds: readonly string[]): Promise<CircuitRow[]> {
      return can(scope.actor, 'loadmgmt:read') ? circuits.ofSites(scope, siteIds) : [];
    },
    async childrenOf(scope: Scope, ids: readonly string[]): Promise<CircuitRow[]> {
      return can(scope.actor, 'loadmgmt:read') ? circuits.childrenOf(scope, ids) : [];
    },
    async attachmentsOf(scope: Scope, ids: readonly string[]): Promise<AttachmentRow[]> {
      return can(scope.actor, 'loadmgmt:read') ? circuits.attachmentsOf(scope, ids) : [];
    },
    async allocationsOf(scope: Scope, ids: readonly string[]): Promise<AllocationRow[]> {
      return can(scope.actor, 'loadmgmt:read') ? allocations.ofCircuits(scope, ids) : [];
    },

    async get(scope: Scope, id: string): Promise<CircuitRow> {
      assertCan(scope.actor, 'loadmgmt:read');
      return circuitOf(scope, id);
    },

    async create(scope: Scope, input: CircuitInput & { siteId: string }): Promise<CircuitRow> {
      assertCan(scope.actor, 'loadmgmt:write');
      check(input, true);
      if (!(await circuits.siteExists(scope, input.siteId))) throw new NotFoundError('Site', input.siteId);
      if (input.parentId) await checkParent(scope, input.siteId, input.parentId);
      const row = await circuits.insert(scope, {
        ...valuesOf(input),
        name: input.name!.trim(),
        maxCurrentA: input.maxCurrentA!,
        siteId: input.siteId,
      });
      balancer.siteChanged(scope.tenantId, row.siteId);
      return row;
    },

    async update(scope: Scope, id: string, input: CircuitInput): Promise<CircuitRow> {
      assertCan(scope.actor, 'loadmgmt:write');
      check(input, false);
      const current = await circuitOf(scope, id);
      if (input.parentId) await checkParent(scope, current.siteId, input.parentId, id);
      const row = await circuits.update(scope, id, valuesOf(input));
      if (!row) throw new NotFoundError('Circuit', id);
      balancer.siteChanged(scope.tenantId, row.siteId);
      return row;
    },

    /** Its chargers are detached with it; a circuit with sub-circuits is refused. */
    async delete(scope: Scope, id: string): Promise<string> {
      assertCan(scope.actor, 'loadmgmt:write');
      const current = await circuitOf(scope, id);
      if ((await circuits.childrenOf(scope, [id])).length)
        throw new ConflictError('Circuit still has sub-circuits; delete or move them first', { field: 'id' });
      const detached = await circuits.attachmentsOf(scope, [id]);
      await circuits.delete(scope, id);
      for (const a of detached) balancer.chargerDetached(a.chargerId);
      balancer.siteChanged(scope.tenantId, current.siteId);
      return id;
    },

    async attach(scope: Scope, input: AttachInput): Promise<CircuitRow> {
      assertCan(scope.actor, 'loadmgmt:write');
      checkAttachment(input);
      const circuit = await circuitOf(scope, input.circuitId);
      const charger = await circuits.liveCharger(scope, input.chargerId);
      if (!charger) throw new NotFoundError('Charger', input.chargerId);
      if (charger.siteId && charger.siteId !== circuit.siteId)
        throw new ConflictError('The charger belongs to another site than the circuit', { field: 'chargerId' });
      const existing = await circuits.attachmentsOfCharger(scope, input.chargerId);
      // Whole charger and one of its connectors on two circuits would count the connector twice.
      if (existing.length && (input.connectorId == null || existing.some((a) => a.connectorId == null)))
        throw new ConflictError('This charger (or connector) is already on a circuit', { field: 'chargerId' });
      await circuits.attach(scope, {
        circuitId: circuit.id,
        chargerId: input.chargerId,
        connectorId: input.connectorId ?? null,
        phases: input.phases ?? 3,
        phaseRotation: input.phaseRotation ?? 'RST',
        priority: input.priority ?? 0,
        maxCurrentA: input.maxCurrentA ?? 32,
        fallbackLimitA: input.fallbackLimitA ?? circuit.minCurrentA,
      });
      balancer.siteChanged(scope.tenantId, circuit.siteId, [input.chargerId]);
      return circuit;
    },

    async detach(
      scope: Scope,
      input: { circuitId: string; chargerId: string; connectorId?: number | null },
    ): Promise<CircuitRow> {
      assertCan(scope.actor, 'loadmgmt:write');
      const circuit = await circuitOf(scope, input.circuitId);
      if (!(await circuits.detach(scope, circuit.id, input.chargerId, input.connectorId)))
        throw new NotFoundError('Charger on this circuit', input.chargerId);
      balancer.chargerDetached(input.chargerId);
      balancer.siteChanged(scope.tenantId, circuit.siteId);
      return circuit;
    },
  };
}

function check(input: CircuitInput, creating: boolean): void {
  const given = (v: unknown) => v !== undefined && v !== null;
  new InputChecker()
    .check(!creating || !!input.name?.trim(), 'name', 'may not be empty')
    .check(input.name == null || input.name.length <= 200, 'name', 'must be at most 200 characters')
    .check(!creating || given(input.maxCurrentA), 'maxCurrentA', 'is required')
    .check(
      !given(input.maxCurrentA) || (input.maxCurrentA! > 0 && input.maxCurrentA! <= 10_000),
      'maxCurrentA',
      'must be between 0 and 10000 A',
    )
    .check(!given(input.maxPowerW) || input.maxPowerW! > 0, 'maxPowerW', 'must be positive')
    .check(!given(input.phases) || [1, 3].includes(input.phases!), 'phases', 'must be 1 or 3')
    .check(
      !given(input.minCurrentA) || (input.minCurrentA! >= 0 && input.minCurrentA! <= 80),
      'minCurrentA',
      'must be between 0 and 80 A',
    )
    .check(!given(input.reserveA) || input.reserveA! >= 0, 'reserveA', 'may not be negative')
    .throwIfAny();
}

function checkAttachment(input: AttachInput): void {
  const given = (v: unknown) => v !== undefined && v !== null;
  new InputChecker()
    .check(
      !given(input.connectorId) || (Number.isInteger(input.connectorId) && input.connectorId! > 0),
      'connectorId',
      'must be a connector id >= 1',
    )
    .check(!given(input.phases) || [1, 3].includes(input.phases!), 'phases', 'must be 1 or 3')
    .check(
      !given(input.phaseRotation) || ROTATIONS.includes(input.phaseRotation!),
      'phaseRotation',
      `must be one of ${ROTATIONS.join(', ')}`,
    )
    .check(
      !given(input.maxCurrentA) || (input.maxCurrentA! > 0 && input.maxCurrentA! <= 1000),
      'maxCurrentA',
      'must be between 0 and 1000 A',
    )
    .check(!given(input.fallbackLimitA) || input.fallbackLimitA! >= 0, 'fallbackLimitA', 'may not be negative')
    .throwIfAny();
}

function valuesOf(input: CircuitInput) {
  const values: Partial<Omit<CircuitRow, 'id' | 'tenantId' | 'siteId' | 'createdAt' | 'updatedAt'>> = {};
  if (input.parentId !== undefined) values.parentId = input.parentId;
  if (input.name) values.name = input.name.trim();
  if (input.maxCurrentA != null) values.maxCurrentA = input.maxCurrentA;
  if (input.maxPowerW !== undefined) values.maxPowerW = input.maxPowerW;
  if (input.phases != null) values.phases = input.phases;
  if (input.strategy) values.strategy = input.strategy;
  if (input.minCurrentA != null) values.minCurrentA = input.minCurrentA;
  if (input.reserveA != null) values.reserveA = input.reserveA;
  return values;
}

export type CircuitService = ReturnType<typeof createCircuitService>;
