import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { isAccepted } from '../../domain/commands/command-sender.js';
import type { CommandLogEntry } from '../../events/events.js';
import { COMMAND_ERROR_CODES } from '../../domain/ocpp-words.js';
import { Node, toGlobalId } from '../node.js';
import { JSONScalar } from '../scalars.js';
import { answerFields, ChargerAnswerFields } from './command-answer.type.js';
import { CommandErrorCode } from './ocpp-word-enums.js';
import { Session } from './session.type.js';

@ObjectType({ description: "A charger's own answer to a command. A Rejected answer is data, not an error." })
export class CommandResult extends ChargerAnswerFields {
  @Field(() => String, {
    nullable: true,
    description:
      "As the charger said it, its own word (Accepted, Rejected, Scheduled, Unlocked, ...); `command.status` (CommandStatus) is the outcome in the API's casing. Null when sent with wait: false.",
  })
  status!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when the charger will do it (Accepted, Scheduled, Unlocked, RebootRequired). Null when sent with wait: false.',
  })
  accepted!: boolean | null;

  @Field(() => Command, {
    nullable: true,
    description:
      'The command as logged: PENDING when sent with wait: false (follow it on commandUpdated or in command(id)). Null when nothing was sent.',
  })
  command!: Command | null;

  static of(status: string, response: Record<string, unknown> | null = null, command: Command | null = null) {
    return Object.assign(new CommandResult(), {
      status,
      accepted: isAccepted(status),
      ...answerFields(response),
      command,
    });
  }

  static pending(command: Command): CommandResult {
    return Object.assign(new CommandResult(), { status: null, accepted: null, ...answerFields(null), command });
  }
}

@ObjectType({
  description:
    "remoteStart's answer: the charger's answer and the session it created (PENDING until StartTransaction).",
})
export class RemoteStartResult {
  @Field(() => String, { nullable: true, description: "The charger's answer; null when sent with wait: false." })
  status!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Null when sent with wait: false.' })
  accepted!: boolean | null;

  @Field(() => Session, {
    description:
      'PENDING when accepted (or not yet answered); FAILED when the charger refused. Follow it with sessionUpdated.',
  })
  session!: Session;

  @Field(() => Command, { nullable: true, description: 'The RemoteStartTransaction command as logged.' })
  command!: Command | null;

  static of(status: string | null, session: Session, command: Command | null = null): RemoteStartResult {
    const accepted = status === null ? null : isAccepted(status);
    return Object.assign(new RemoteStartResult(), { status, accepted, session, command });
  }
}

export enum CommandStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  FAILED = 'FAILED',
  TIMED_OUT = 'TIMED_OUT',
}
registerEnumType(CommandStatus, {
  name: 'CommandStatus',
  valuesConfig: {
    PENDING: { description: 'Sent (or being sent); no answer yet.' },
    ACCEPTED: {
      description:
        'The charger will do it: it answered Accepted, Scheduled, Unlocked or RebootRequired, or an answer with no status word.',
    },
    REJECTED: {
      description:
        'The charger answered that it will not (Rejected, NotSupported, UnlockFailed, Occupied, ...); its word is `chargerStatus`.',
    },
    FAILED: {
      description:
        'No answer to act on: the charger was offline (errorCode CHARGER_OFFLINE) or sent a CALLERROR (errorCode is its OCPP code).',
    },
    TIMED_OUT: { description: 'No answer within OCPP_COMMAND_TIMEOUT_MS (errorCode CHARGER_TIMEOUT).' },
  },
});

@ObjectType({ implements: Node, description: 'One command sent to a charger: who sent it, when, and the answer.' })
export class Command extends ChargerAnswerFields implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  tenantId!: string;
  chargerDbId!: string;

  @Field(() => ID, { description: 'The Charger it was sent to.' })
  chargerId!: string;

  @Field(() => String, { description: 'The OCPP action, e.g. RemoteStartTransaction.' })
  action!: string;

  @Field(() => JSONScalar, {
    description:
      'The request as sent, in OCPP 1.6 names (mapped on the wire for a 2.0.1 station): any of dozens of actions, so untyped. Secrets are masked.',
  })
  payload!: unknown;

  @Field(() => String, { nullable: true, description: 'user:<id> or apikey:<id>.' })
  requestedBy!: string | null;

  @Field(() => CommandStatus)
  status!: CommandStatus;

  @Field(() => String, {
    nullable: true,
    description:
      "The charger's own status word as it sent it (Accepted, Rejected, NotSupported, ...); the enum is `status` (CommandStatus). Null before its answer or when its answer has none.",
  })
  chargerStatus!: string | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description:
      "The charger's whole answer (vendor fields included), untyped; the parts OCPP fixes are typed beside it (chargerStatus, statusInfo, listVersion, fileName, compositeSchedule).",
  })
  response!: unknown;

  @Field(() => CommandErrorCode, {
    nullable: true,
    description: 'FAILED: the OCPP CALLERROR code or CHARGER_OFFLINE; TIMED_OUT: CHARGER_TIMEOUT.',
  })
  errorCode!: string | null;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the outcome was known; null while PENDING.' })
  completedAt!: Date | null;

  static from(row: CommandLogEntry): Command {
    const response = row.response as Record<string, unknown> | null;
    return Object.assign(new Command(), {
      id: toGlobalId('Command', row.id),
      dbId: row.id,
      tenantId: row.tenantId,
      chargerDbId: row.chargerId,
      chargerId: toGlobalId('Charger', row.chargerId),
      action: row.action,
      payload: row.payload,
      requestedBy: row.requestedBy,
      status: row.status as CommandStatus,
      chargerStatus: response && typeof response.status === 'string' ? response.status : null,
      response: row.response,
      ...answerFields(response),
      errorCode: COMMAND_ERROR_CODES.nameOrNull(row.errorCode),
      requestedAt: row.createdAt,
      completedAt: row.answeredAt,
    });
  }
}
