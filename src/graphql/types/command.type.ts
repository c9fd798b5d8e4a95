import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { CommandRow } from '../../domain/commands/command-log.repository.js';
import { Node, toGlobalId } from '../node.js';
import { JSONScalar } from '../scalars.js';
import { Session } from './session.type.js';

@ObjectType({ description: "A charger's own answer to a command. A Rejected answer is data, not an error." })
export class CommandResult {
  @Field(() => String, { description: 'As the charger said it: Accepted, Rejected, Scheduled, Unlocked, ...' })
  status!: string;

  @Field(() => Boolean, {
    description: 'True when the charger will do it (Accepted, Scheduled, Unlocked, RebootRequired).',
  })
  accepted!: boolean;

  @Field(() => JSONScalar, {
    nullable: true,
    description: "The charger's whole answer, e.g. GetCompositeSchedule's schedule or GetDiagnostics' fileName.",
  })
  response!: Record<string, unknown> | null;

  static of(status: string, response: Record<string, unknown> | null = null): CommandResult {
    return Object.assign(new CommandResult(), { status, accepted: isAccepted(status), response });
  }
}

const isAccepted = (status: string) => ['Accepted', 'Scheduled', 'Unlocked', 'RebootRequired'].includes(status);

@ObjectType({
  description:
    "remoteStart's answer: the charger's answer and the session it created (PENDING until StartTransaction).",
})
export class RemoteStartResult {
  @Field(() => String)
  status!: string;

  @Field(() => Boolean)
  accepted!: boolean;

  @Field(() => Session, {
    description: 'PENDING when accepted; FAILED when the charger refused. Follow it with sessionUpdated.',
  })
  session!: Session;

  static of(status: string, session: Session): RemoteStartResult {
    return Object.assign(new RemoteStartResult(), { status, accepted: isAccepted(status), session });
  }
}

export enum CommandStatus {
  PENDING = 'PENDING',
  ANSWERED = 'ANSWERED',
  OFFLINE = 'OFFLINE',
  TIMEOUT = 'TIMEOUT',
  ERROR = 'ERROR',
}
registerEnumType(CommandStatus, {
  name: 'CommandStatus',
  valuesConfig: {
    PENDING: { description: 'Sent; no answer yet.' },
    ANSWERED: { description: 'The charger answered; see `response` (its answer may still be Rejected).' },
    OFFLINE: { description: 'Not sent: the charger was not connected.' },
    TIMEOUT: { description: 'No answer within OCPP_COMMAND_TIMEOUT_MS.' },
    ERROR: { description: 'The charger answered with a CALLERROR; see `errorCode`.' },
  },
});

@ObjectType({ implements: Node, description: 'One command sent to a charger: who sent it, when, and the answer.' })
export class Command implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  tenantId!: string;
  chargerDbId!: string;

  @Field(() => String, { description: 'The OCPP action, e.g. RemoteStartTransaction.' })
  action!: string;

  @Field(() => JSONScalar)
  payload!: unknown;

  @Field(() => String, { nullable: true, description: 'user:<id> or apikey:<id>.' })
  requestedBy!: string | null;

  @Field(() => CommandStatus)
  status!: CommandStatus;

  @Field(() => JSONScalar, { nullable: true, description: "The charger's answer." })
  response!: unknown;

  @Field(() => String, {
    nullable: true,
    description: 'The OCPP CALLERROR code, or CHARGER_OFFLINE / CHARGER_TIMEOUT.',
  })
  errorCode!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  static from(row: CommandRow): Command {
    return Object.assign(new Command(), {
      id: toGlobalId('Command', row.id),
      dbId: row.id,
      tenantId: row.tenantId,
      chargerDbId: row.chargerId,
      action: row.action,
      payload: row.payload,
      requestedBy: row.requestedBy,
      status: row.status as CommandStatus,
      response: row.response,
      errorCode: row.errorCode,
      createdAt: row.createdAt,
      answeredAt: row.answeredAt,
    });
  }
}
