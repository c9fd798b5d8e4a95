import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { EventBus } from '../../events/bus.js';
import type { ChargerRepository, ChargerRow } from '../chargers/charger.repository.js';
import { withoutSecrets } from '../chargers/device-model.service.js';
import { ChargerCallError, ChargerTimeoutError, DomainError, InvalidInputError, NotFoundError } from '../errors.js';
import type { CallOptions, ChargerGateway } from '../gateway.js';
import { actorLabel } from '../roles.js';
import type { Scope } from '../scope.js';
import type { CommandLog, CommandOutcome, CommandRow } from './command-log.repository.js';
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

/** The charger's answers that mean it will do it; any other status word (Rejected, NotSupported, ...) is REJECTED. */
const WILL_DO = new Set(['Accepted', 'Scheduled', 'Unlocked', 'RebootRequired']);
export const isAccepted = (status: string) => WILL_DO.has(status);

/** What one mutation learns about the command it sends, while it runs (see trackCommand). */
interface Tracker {
  sent(row: CommandRow, logged: Promise<unknown>): void;
  finished(row: CommandRow): void;
  notes: Record<string, unknown>;
}
const tracking = new AsyncLocalStorage<Tracker>();

/**
 * Runs one command mutation and follows the first command it sends: `sent` resolves with its log
 * row (PENDING) once the row is written, so `wait: false` can answer then while `done` goes on
 * (the charger's answer, what the service does with it). `latest()` is that command as it is now;
 * `notes` what the service shared for the caller (noteForCaller). An AsyncLocalStorage carries it,
 * so the services' signatures stay as they are.
 */
export function trackCommand<T>(run: () => Promise<T>): {
  sent: Promise<CommandRow>;
  done: Promise<T>;
  latest: () => CommandRow | null;
  notes: Record<string, unknown>;
} {
  let first: CommandRow | null = null;
  let onSent!: (row: Promise<CommandRow>) => void;
  const sent = new Promise<CommandRow>((resolve) => (onSent = resolve));
  const tracker: Tracker = {
    notes: {},
    sent(row, logged) {
      if (first) return;
      first = row;
      onSent(logged.then(() => row));
    },
    finished(row) {
      if (first?.id === row.id) first = row;
    },
  };
  const done = tracking.run(tracker, run);
  return { sent, done, latest: () => first, notes: tracker.notes };
}

/** Shares something the caller of a `wait: false` command needs before the answer (remoteStart's session). */
export function noteForCaller(key: string, value: unknown): void {
  const tracker = tracking.getStore();
  if (tracker) tracker.notes[key] = value;
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

  /** A command's log row as it is written before the charger is asked (PENDING). */
  function draft(scope: Scope, charger: ChargerRow, action: string, payload: OcppAnswer): CommandRow {
    return {
      id: randomUUID(),
      tenantId: charger.tenantId,
      chargerId: charger.id,
      action,
      payload: withoutSecrets(action, payload),
      requestedBy: actorLabel(scope.actor),
      status: 'PENDING',
      response: null,
      errorCode: null,
      createdAt: new Date(),
      answeredAt: null,
    };
  }

  async function send(
    scope: Scope,
    charger: ChargerRow,
    action: string,
    payload: OcppAnswer,
    opts?: CallOptions,
  ): Promise<OcppAnswer> {
    // The log row is written while the charger is asked (its id is ours, so the outcome can follow it):
    // the command's round trip does not wait for the insert.
    const row = draft(scope, charger, action, payload);
    const logged = log.started(row).then(
      () => true,
      (err: unknown) => (onLogError(err), false),
    );
    return deliver(charger, row, payload, logged, opts);
  }

  /** Asks the charger and logs the outcome once the row is written (`logged` says whether it was). */
  async function deliver(
    charger: ChargerRow,
    row: CommandRow,
    payload: OcppAnswer,
    logged: Promise<boolean>,
    opts?: CallOptions,
  ): Promise<OcppAnswer> {
    const { action } = row;
    const tracker = tracking.getStore();
    tracker?.sent(row, logged);
    const finish = async (outcome: CommandOutcome, result: { response?: OcppAnswer; errorCode?: string }) => {
      const done: CommandRow = {
        ...row,
        status: outcome,
        response: result.response ?? null,
        errorCode: result.errorCode ?? null,
        answeredAt: new Date(),
      };
      if (await logged) await log.finished(done);
      tracker?.finished(done);
      deps.events?.publish('command.completed', {
        tenantId: charger.tenantId,
        chargerId: charger.id,
        commandId: row.id,
        action,
        outcome,
        status: result.response && typeof result.response.status === 'string' ? result.response.status : null,
        response: done.response,
        command: done,
        timestamp: done.answeredAt!,
      });
    };
    try {
      const response = await gateway.call(charger.ocppId, action, payload, opts);
      await finish(isAccepted(answerOf(response).status) ? 'ACCEPTED' : 'REJECTED', { response });
      return response;
    } catch (err) {
      await finish(outcomeOf(err), { errorCode: errorCodeOf(err) });
      throw err;
    }
  }

  /** The connectors a charger has reported (1..n; 0 is the charger itself). */
  async function connectorIds(scope: Scope, chargerId: string): Promise<number[]> {
    const known = await deps.chargers.connectorsOf(scope, [chargerId]);
    return known.map((c) => c.connectorId).filter((c) => c > 0);
  }

  /** The connectors within one EVSE (OCPP 2.0.1 numbering): as reported, or just 1 (every 1.6 connector). */
  async function evseConnectorIds(scope: Scope, chargerId: string, evseId: number): Promise<number[]> {
    const reported = (await deps.chargers.evseConnectorsOf(scope, [chargerId])).filter((c) => c.evseId === evseId);
    return reported.length ? reported.map((c) => c.connectorId) : [1];
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

    draft,

    /**
     * Sends a command whose log row (`draft`) the caller has written already, with rows of its own
     * in the same statement, and reads the answer's status.
     */
    async commandLogged(
      charger: ChargerRow,
      row: CommandRow,
      payload: OcppAnswer,
      opts?: CallOptions,
    ): Promise<CommandAnswer> {
      return answerOf(await deliver(charger, row, payload, Promise.resolve(true), opts));
    },

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

    /**
     * The OCPP version to check a command for: the one the charger is connected with now when its
     * socket is on this node. On another node, or offline, the last known one (`ocppVersion`,
     * written at every connect): an offline charger's command then fails CHARGER_OFFLINE anyway, and
     * one sent on with `checkedFor` is refused there if the charger switched meanwhile.
     */
    versionOf(charger: ChargerRow): string | null {
      return gateway.connectedVersion(charger.ocppId) ?? charger.ocppVersion;
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
    evseConnectorIds,
    checkConnector,
  };
}

export type CommandSender = ReturnType<typeof createCommandSender>;

function outcomeOf(err: unknown): CommandOutcome {
  return err instanceof ChargerTimeoutError ? 'TIMED_OUT' : 'FAILED';
}

function errorCodeOf(err: unknown): string {
  if (err instanceof ChargerCallError) return String(err.details.ocppErrorCode);
  if (err instanceof DomainError) return err.code;
  return 'INTERNAL';
}
