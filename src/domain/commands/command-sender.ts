import { randomUUID } from 'node:crypto';
import type { EventBus } from '../../events/bus.js';
import type { ChargerRepository, ChargerRow } from '../chargers/charger.repository.js';
import {
  ChargerCallError,
  ChargerOfflineError,
  ChargerTimeoutError,
  DomainError,
  InvalidInputError,
  NotFoundError,
} from '../errors.js';
import type { CallOptions, ChargerGateway } from '../gateway.js';
import { actorLabel } from '../roles.js';
import type { Scope } from '../scope.js';
import type { CommandLog, CommandOutcome } from './command-log.repository.js';
import type { CommandStateRepository } from './command-state.repository.js';

export type OcppAnswer = Record<string, unknown>;

/** What a mutation returns: the charger's own answer. Answers without a status (ClearCache has one, GetConfiguration not) read as Accepted. */
export interface CommandAnswer {
  status: string;
  response: OcppAnswer;
}

export function answerOf(response: OcppAnswer): CommandAnswer {
  return { status: typeof response.status === 'string' ? response.status : 'Accepted', response };
}

/**
 * Every command goes through here: the charger is looked up in the caller's Scope, the
 * command is logged, sent through the gateway, and its outcome logged.
 */
export function createCommandSender(deps: {
  state: CommandStateRepository;
  chargers: ChargerRepository;
  gateway: ChargerGateway;
  log: CommandLog;
  /** A command whose log row could not be written is still sent and answered; the failure goes here. */
  onLogError?: (err: unknown) => void;
  /** Told each command's outcome (webhooks: command.completed). */
  events?: EventBus;
}) {
  const { state, gateway, log } = deps;
  const onLogError = deps.onLogError ?? (() => {});

  async function send(
    scope: Scope,
    charger: ChargerRow,
    action: string,
    payload: OcppAnswer,
    opts?: CallOptions,
  ): Promise<OcppAnswer> {
    // The log row is written while the charger is asked (its id is ours, so the outcome can follow it):
    // the command's round trip does not wait for the insert.
    const id = randomUUID();
    const started = log.started({
      id,
      tenantId: charger.tenantId,
      chargerId: charger.id,
      action,
      payload,
      requestedBy: actorLabel(scope.actor),
    });
    const logged = started.then(
      () => true,
      (err: unknown) => (onLogError(err), false),
    );
    const completed = (outcome: string, response: OcppAnswer | null) =>
      deps.events?.publish('command.completed', {
        tenantId: charger.tenantId,
        chargerId: charger.id,
        commandId: id,
        action,
        outcome,
        status: response && typeof response.status === 'string' ? response.status : null,
        response,
        timestamp: new Date(),
      });
    try {
      const response = await gateway.call(charger.ocppId, action, payload, opts);
      if (await logged) await log.finished(id, 'ANSWERED', { response });
      completed('ANSWERED', response);
      return response;
    } catch (err) {
      if (await logged) await log.finished(id, outcomeOf(err), { errorCode: errorCodeOf(err) });
      completed(outcomeOf(err), null);
      throw err;
    }
  }

  /** The connectors a charger has reported (1..n; 0 is the charger itself). */
  async function connectorIds(scope: Scope, chargerId: string): Promise<number[]> {
    const known = await deps.chargers.connectorsOf(scope, [chargerId]);
    return known.map((c) => c.connectorId).filter((c) => c > 0);
  }

  /**
   * Connector ids are 1..n (OCPP 1.6 §3.8); 0 means the whole charger where a command allows it.
   * When the charger has reported its connectors, the id must be one of them.
   */
  function checkConnector(charger: ChargerRow, connectorId: number, known: number[], opts: { allowZero: boolean }) {
    const min = opts.allowZero ? 0 : 1;
    if (!Number.isInteger(connectorId) || connectorId < min) {
      throw new InvalidInputError([{ field: 'connectorId', message: `must be an integer >= ${min}` }]);
    }
    if (connectorId !== 0 && known.length && !known.includes(connectorId)) {
      throw new NotFoundError(`Connector ${connectorId} of charger`, charger.ocppId);
    }
  }

  return {
    send,

    /** Sends and reads the answer's status. */
    async command(
      scope: Scope,
      charger: ChargerRow,
      action: string,
      payload: OcppAnswer,
      opts?: CallOptions,
    ): Promise<CommandAnswer> {
      return answerOf(await send(scope, charger, action, payload, opts));
    },

    /**
     * CHARGER_OFFLINE at once, before anything is written for a command that creates
     * records (remoteStart): the attempt is still logged.
     */
    async assertOnline(scope: Scope, charger: ChargerRow, action: string, payload: OcppAnswer): Promise<void> {
      if (gateway.isConnected(charger.ocppId)) return;
      await send(scope, charger, action, payload); // logs OFFLINE and throws ChargerOfflineError
    },

    async charger(scope: Scope, chargerId: string): Promise<ChargerRow> {
      const row = await state.charger(scope, chargerId);
      if (!row) throw new NotFoundError('Charger', chargerId);
      return row;
    },

    /**
     * Connector ids are 1..n (OCPP 1.6 §3.8); 0 means the whole charger where a command allows it.
     * When the charger has reported its connectors, the id must be one of them.
     */
    async assertConnector(
      scope: Scope,
      charger: ChargerRow,
      connectorId: number,
      opts: { allowZero: boolean },
    ): Promise<void> {
      checkConnector(charger, connectorId, connectorId === 0 ? [] : await connectorIds(scope, charger.id), opts);
    },

    connectorIds,
    checkConnector,
  };
}

export type CommandSender = ReturnType<typeof createCommandSender>;

function outcomeOf(err: unknown): CommandOutcome {
  if (err instanceof ChargerOfflineError) return 'OFFLINE';
  if (err instanceof ChargerTimeoutError) return 'TIMEOUT';
  return 'ERROR';
}

function errorCodeOf(err: unknown): string {
  if (err instanceof ChargerCallError) return String(err.details.ocppErrorCode);
  if (err instanceof DomainError) return err.code;
  return 'INTERNAL';
}
