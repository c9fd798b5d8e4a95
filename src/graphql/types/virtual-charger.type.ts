import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { LabEntry, VirtualConnectorState } from '../../domain/lab/lab.service.js';
import { toGlobalId } from '../node.js';
import { ConnectorStatus, toConnectorStatus } from './enums.js';

export enum VirtualChargerAction {
  PLUG_IN = 'PLUG_IN',
  UNPLUG = 'UNPLUG',
  GO_OFFLINE = 'GO_OFFLINE',
}
registerEnumType(VirtualChargerAction, {
  name: 'VirtualChargerAction',
  description:
    'PLUG_IN: a driver plugs in and authorizes with idTag; UNPLUG: the car leaves; GO_OFFLINE: the charger loses its connection for `seconds`.',
});

@ObjectType({ description: "The virtual charger's own view of a connector." })
export class VirtualConnector {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  connectorId!: number;

  @Field(() => ConnectorStatus, {
    description: 'As the virtual charger last sent it, same values as Connector.status.',
  })
  status!: ConnectorStatus;

  @Field(() => String, {
    nullable: true,
    description: 'As Session.transactionId: 1.6 the server’s number, 2.0.1 the station’s own id.',
  })
  transactionId!: string | null;

  @Field(() => Int, { description: 'Energy of the current session so far.' })
  energyWh!: number;

  @Field(() => Int)
  powerW!: number;

  @Field(() => Float, { nullable: true })
  socPercent!: number | null;
}

@ObjectType({
  description: 'A charger of the lab: simulated inside the server, connected to it over real OCPP (1.6 or 2.0.1).',
})
export class VirtualCharger {
  @Field(() => ID)
  id!: string;

  chargerDbId!: string;

  @Field(() => String)
  ocppId!: string;

  @Field(() => Boolean, { description: 'Whether its socket is open right now (as the virtual charger sees it).' })
  connected!: boolean;

  @Field(() => Boolean, { description: 'Plugs in, charges and leaves on its own at random.' })
  autoCharge!: boolean;

  @Field(() => String, { description: '1.6 or 2.0.1.' })
  ocppVersion!: string;

  @Field(() => Int)
  meterIntervalSeconds!: number;

  @Field(() => [VirtualConnector])
  connectors!: VirtualConnector[];

  @Field(() => Date)
  createdAt!: Date;

  static from(entry: LabEntry): VirtualCharger {
    const state = entry.running.snapshot();
    return Object.assign(new VirtualCharger(), {
      id: toGlobalId('VirtualCharger', entry.chargerId),
      chargerDbId: entry.chargerId,
      ocppId: entry.ocppId,
      connected: state.online,
      autoCharge: entry.spec.autoCharge,
      ocppVersion: entry.spec.ocppVersion,
      meterIntervalSeconds: entry.spec.meterIntervalSeconds,
      connectors: state.connectors.map((c: VirtualConnectorState) =>
        Object.assign(new VirtualConnector(), {
          ...c,
          id: toGlobalId('VirtualConnector', `${entry.chargerId}:${c.connectorId}`),
          status: toConnectorStatus(c.status),
        }),
      ),
      createdAt: entry.createdAt,
    });
  }
}

@InputType()
export class CreateVirtualChargerInput {
  @Field(() => String, { description: 'The OCPP identity of the new charger; it is registered like any other.' })
  ocppId!: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  siteId?: string;

  @Field(() => Int, { nullable: true, description: 'Connectors, 1-8 (default 1).' })
  connectors?: number;

  @Field(() => Int, { nullable: true, description: 'Seconds between MeterValues while charging (default 10).' })
  meterIntervalSeconds?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Let drivers come and go at random (default false: only what you drive).',
  })
  autoCharge?: boolean;

  @Field(() => String, { nullable: true, description: 'The OCPP version it speaks: 1.6 (default) or 2.0.1.' })
  ocppVersion?: string;
}

@InputType()
export class DriveVirtualChargerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => VirtualChargerAction)
  action!: VirtualChargerAction;

  @Field(() => Int, { nullable: true, description: 'Default 1.' })
  connectorId?: number;

  @Field(() => String, { nullable: true, description: 'For PLUG_IN (default LAB-TAG).' })
  idTag?: string;

  @Field(() => Int, { nullable: true, description: 'For GO_OFFLINE (default 30).' })
  seconds?: number;
}
