import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CircuitStrategy, PhaseRotation } from '../types/circuit.type.js';

@InputType()
export class CreateCircuitInput {
  @Field(() => ID)
  siteId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The circuit this one hangs below; omitted for a root (the grid connection).',
  })
  parentId?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { description: 'Limit per phase, in A.' })
  maxCurrentA!: number;

  @Field(() => Int, { nullable: true })
  maxPowerW?: number | null;

  @Field(() => Int, { nullable: true, description: '1 or 3 (default 3).' })
  phases?: number | null;

  @Field(() => CircuitStrategy, { nullable: true, description: 'EQUAL by default.' })
  strategy?: CircuitStrategy | null;

  @Field(() => Float, { nullable: true, description: '6 A by default.' })
  minCurrentA?: number | null;

  @Field(() => Float, { nullable: true, description: 'A per phase kept for load that is not managed (default 0).' })
  reserveA?: number | null;
}

@InputType({ description: 'Omitted fields stay as they are; null clears parentId or maxPowerW.' })
export class UpdateCircuitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Float, { nullable: true })
  maxCurrentA?: number | null;

  @Field(() => Int, { nullable: true })
  maxPowerW?: number | null;

  @Field(() => Int, { nullable: true })
  phases?: number | null;

  @Field(() => CircuitStrategy, { nullable: true })
  strategy?: CircuitStrategy | null;

  @Field(() => Float, { nullable: true })
  minCurrentA?: number | null;

  @Field(() => Float, { nullable: true })
  reserveA?: number | null;
}

@InputType()
export class DeleteCircuitInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class AttachChargerInput {
  @Field(() => ID)
  circuitId!: string;

  @Field(() => ID)
  chargerId!: string;

  @Field(() => Int, { nullable: true, description: 'Attach one connector only; omitted: the whole charger.' })
  connectorId?: number | null;

  @Field(() => Int, { nullable: true, description: '1 or 3 (default 3).' })
  phases?: number | null;

  @Field(() => PhaseRotation, { nullable: true, description: 'RST by default.' })
  phaseRotation?: PhaseRotation | null;

  @Field(() => Int, { nullable: true, description: 'Default 0; higher goes first on PRIORITY circuits.' })
  priority?: number | null;

  @Field(() => Float, { nullable: true, description: 'The most a connector takes per phase (default 32 A).' })
  maxCurrentA?: number | null;

  @Field(() => Float, { nullable: true, description: "Its TxDefaultProfile; the circuit's minimum by default." })
  fallbackLimitA?: number | null;
}

@InputType()
export class DetachChargerInput {
  @Field(() => ID)
  circuitId!: string;

  @Field(() => ID)
  chargerId!: string;

  @Field(() => Int, { nullable: true })
  connectorId?: number | null;
}
