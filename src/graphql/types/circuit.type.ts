import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { AllocationRow } from '../../domain/loadmgmt/allocation.repository.js';
import type { AttachmentRow, CircuitRow } from '../../domain/loadmgmt/circuit.repository.js';
import { Node, toGlobalId } from '../node.js';

export enum CircuitStrategy {
  EQUAL = 'EQUAL',
  PRIORITY = 'PRIORITY',
  FIFO = 'FIFO',
}
registerEnumType(CircuitStrategy, {
  name: 'CircuitStrategy',
  description:
    "How a circuit shares what is left above everyone's minimum: EQUAL water-fills (what a car does not draw goes to the others), PRIORITY by priority then arrival, FIFO by arrival.",
});

export enum PhaseRotation {
  RST = 'RST',
  RTS = 'RTS',
  SRT = 'SRT',
  STR = 'STR',
  TRS = 'TRS',
  TSR = 'TSR',
}
registerEnumType(PhaseRotation, {
  name: 'PhaseRotation',
  description:
    "Grid phases the charger's L1 L2 L3 are wired to (R = L1, S = L2, T = L3); a single-phase charger loads the first.",
});

export enum GridPhase {
  L1 = 'L1',
  L2 = 'L2',
  L3 = 'L3',
}
registerEnumType(GridPhase, { name: 'GridPhase' });

export enum AllocationReason {
  FAIR_SHARE = 'FAIR_SHARE',
  CAR_DRAWS_LESS = 'CAR_DRAWS_LESS',
  CONNECTOR_MAX = 'CONNECTOR_MAX',
  HELD_AT_MINIMUM = 'HELD_AT_MINIMUM',
  HELD_AT_ZERO = 'HELD_AT_ZERO',
  OFFLINE_FALLBACK = 'OFFLINE_FALLBACK',
  REJECTED_FALLBACK = 'REJECTED_FALLBACK',
  IDLE = 'IDLE',
}
registerEnumType(AllocationReason, {
  name: 'AllocationReason',
  description: 'Why a connector has its limit.',
  valuesConfig: {
    FAIR_SHARE: { description: 'Its share of a full circuit.' },
    CAR_DRAWS_LESS: {
      description: 'The car draws clearly less than it may: it keeps that plus headroom, the rest goes to others.',
    },
    CONNECTOR_MAX: { description: 'As much as the connector takes.' },
    HELD_AT_MINIMUM: { description: 'The circuit is full: held at the minimum current.' },
    HELD_AT_ZERO: {
      description: 'Not enough capacity for the minimum: paused at 0 A (lowest priority / latest arrival first).',
    },
    OFFLINE_FALLBACK: {
      description:
        'The charger is offline: counted at what it may still draw (its accepted session limit or default; its fallback when none is known).',
    },
    REJECTED_FALLBACK: { description: 'The charger rejected our limits: counted at what it may still draw; flagged.' },
    IDLE: {
      description:
        'No session: targetA is its start limit, what a new car may draw before its own limit arrives (what is left of the circuit, up to the fallback; 0 below the minimum).',
    },
  },
});

export enum ProfileStatus {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  OFFLINE = 'OFFLINE',
  FAILED = 'FAILED',
}
registerEnumType(ProfileStatus, { name: 'ProfileStatus', description: "The charger's answer to the last limit sent." });

@ObjectType({
  implements: Node,
  description: 'A circuit of a site: a limit per phase shared by the chargers on it and below it.',
})
export class Circuit implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  siteDbId!: string;
  parentDbId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { description: 'Limit per phase, in A.' })
  maxCurrentA!: number;

  @Field(() => Int, { nullable: true, description: 'Optional power limit (W), taken per phase at 230 V.' })
  maxPowerW!: number | null;

  @Field(() => Int, { description: '1 or 3.' })
  phases!: number;

  @Field(() => CircuitStrategy)
  strategy!: CircuitStrategy;

  @Field(() => Float, {
    description: 'Nobody on this circuit is given less (6 A by default); below it a session is held at 0 A.',
  })
  minCurrentA!: number;

  @Field(() => Float, { description: 'Kept free per phase for load that is not managed.' })
  reserveA!: number;

  static from(row: CircuitRow): Circuit {
    return Object.assign(new Circuit(), {
      id: toGlobalId('Circuit', row.id),
      dbId: row.id,
      siteDbId: row.siteId,
      parentDbId: row.parentId,
      name: row.name,
      maxCurrentA: row.maxCurrentA,
      maxPowerW: row.maxPowerW,
      phases: row.phases,
      strategy: row.strategy as CircuitStrategy,
      minCurrentA: row.minCurrentA,
      reserveA: row.reserveA,
    });
  }
}

@ObjectType({ description: 'A charger (or one of its connectors) on a circuit, and how it is wired.' })
export class CircuitCharger {
  @Field(() => ID)
  id!: string;

  chargerDbId!: string;

  @Field(() => Int, { nullable: true, description: 'Null: every connector of the charger.' })
  connectorId!: number | null;

  @Field(() => Int)
  phases!: number;

  @Field(() => PhaseRotation)
  phaseRotation!: PhaseRotation;

  @Field(() => Int, { description: 'Higher goes first on PRIORITY circuits and is held at 0 last.' })
  priority!: number;

  @Field(() => Float, { description: 'The most a connector takes, per phase.' })
  maxCurrentA!: number;

  @Field(() => Float, { description: 'What the charger may draw when it cannot hear us (its TxDefaultProfile).' })
  fallbackLimitA!: number;

  static from(row: AttachmentRow): CircuitCharger {
    return Object.assign(new CircuitCharger(), {
      id: toGlobalId('CircuitCharger', row.id),
      chargerDbId: row.chargerId,
      connectorId: row.connectorId,
      phases: row.phases,
      phaseRotation: row.phaseRotation as PhaseRotation,
      priority: row.priority,
      maxCurrentA: row.maxCurrentA,
      fallbackLimitA: row.fallbackLimitA,
    });
  }
}

@ObjectType({
  description:
    "One connector's allocation on one grid phase it loads: the limit in force against the current measured.",
})
export class CircuitAllocation {
  @Field(() => ID)
  id!: string;

  chargerDbId!: string;

  @Field(() => Int)
  connectorId!: number;

  @Field(() => GridPhase)
  phase!: GridPhase;

  @Field(() => Float, {
    nullable: true,
    description: 'The limit the charger accepted for this session (A per phase); null until it accepted one.',
  })
  limitA!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'What load management wants; differs from limitA until the charger accepts.',
  })
  targetA!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The default (TxDefaultProfile) the charger accepted: what a new session here may draw before its own limit arrives. Null until it accepted one.',
  })
  defaultA!: number | null;

  @Field(() => Float, { nullable: true, description: 'Current.Import measured on this phase (A).' })
  measuredA!: number | null;

  @Field(() => Date, { nullable: true })
  measuredAt!: Date | null;

  @Field(() => AllocationReason)
  reason!: AllocationReason;

  @Field(() => ProfileStatus, { nullable: true, description: 'Null until a limit was sent for this session.' })
  profileStatus!: ProfileStatus | null;

  @Field(() => Boolean, { description: 'The charger kept rejecting our limits for this session.' })
  flagged!: boolean;

  @Field(() => Date)
  updatedAt!: Date;

  /** One entry per grid phase the connector loads. */
  static from(row: AllocationRow): CircuitAllocation[] {
    const measured = { L1: row.measuredL1, L2: row.measuredL2, L3: row.measuredL3 };
    return (row.gridPhases as GridPhase[]).map((phase) =>
      Object.assign(new CircuitAllocation(), {
        id: toGlobalId('CircuitAllocation', `${row.id}:${phase}`),
        chargerDbId: row.chargerId,
        connectorId: row.connectorId,
        phase,
        limitA: row.sessionId ? row.acceptedA : null,
        targetA: row.targetA,
        defaultA: row.defaultA,
        measuredA: measured[phase] ?? null,
        measuredAt: row.measuredAt,
        reason: row.reason as AllocationReason,
        profileStatus: (row.profileStatus as ProfileStatus | null) ?? null,
        flagged: row.flagged,
        updatedAt: row.updatedAt,
      }),
    );
  }
}
