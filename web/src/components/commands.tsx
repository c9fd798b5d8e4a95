// Command buttons. Each shows the charger's own answer (Accepted, Rejected, ...) or why none came.
import { CombinedGraphQLErrors } from '@apollo/client';
import { useEffect, useState, type ReactNode } from 'react';
import {
  useChangeAvailabilityMutation,
  useCommandQuery,
  useCommandUpdatedSubscription,
  useRefreshConfigurationMutation,
  useRemoteStartMutation,
  useRemoteStopMutation,
  useRequestBaseReportMutation,
  useResetMutation,
  useUnlockConnectorMutation,
} from '../../../client/generated/hooks';
import { StatusBadge } from './ui';

export interface Answer {
  action: string;
  /** The charger's answer when it came with the mutation (a command that sent nothing: NotSent). */
  status?: string;
  /** Sent with wait: false: the command whose outcome to show when it arrives. */
  commandId?: string;
  error?: string;
  at: number;
}

type Show = (a: Omit<Answer, 'at'>) => void;

/**
 * The last command's answer. Commands are sent with wait: false, so the page stays responsive while a
 * charger takes its time; the outcome reaches Apollo's cache by the Command's id from commandUpdated
 * (followed for the whole charger, so an answer quicker than the mutation's reply is not missed) and
 * from one command(id) read.
 */
export function useCommandAnswer(chargerId: string | undefined): { show: Show; view: ReactNode } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useCommandUpdatedSubscription({ variables: { chargerId }, skip: !chargerId });
  const view = answer && (
    <div className="answer" role="status" data-testid="command-answer">
      <span>{answer.action}:</span>
      {answer.commandId ? (
        <CommandOutcome id={answer.commandId} />
      ) : answer.status ? (
        <StatusBadge status={answer.status} />
      ) : (
        <span className="error">{answer.error}</span>
      )}
      <span className="muted small">{new Date(answer.at).toLocaleTimeString()}</span>
    </div>
  );
  return { show: (a) => setAnswer({ ...a, at: Date.now() }), view };
}

/** Waiting…, then the charger's own word (Accepted, Rejected, ...) or why none came. */
function CommandOutcome({ id }: { id: string }) {
  const { data, startPolling, stopPolling } = useCommandQuery({ variables: { id }, fetchPolicy: 'cache-and-network' });
  const command = data?.command;
  const pending = !command || command.status === 'PENDING';
  // commandUpdated normally brings the outcome; reading it again every 2 s while pending covers an
  // event missed while the socket reconnected.
  useEffect(() => {
    if (!pending) return;
    startPolling(2000);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);
  if (!command || command.status === 'PENDING') return <span className="muted">Waiting for the charger…</span>;
  if (command.status === 'FAILED' || command.status === 'TIMED_OUT')
    return (
      <span className="error">
        {command.status === 'TIMED_OUT' ? 'No answer (timed out)' : `Failed (${command.errorCode})`}
      </span>
    );
  return <StatusBadge status={command.chargerStatus ?? command.status} />;
}

interface Sent {
  status: string | null;
  command: { id: string; status: string } | null;
}

/** Runs a command mutation (wait: false) and reports its command; errors (offline, bad input) become readable text. */
async function run(action: string, onAnswer: Show, call: () => Promise<Sent | undefined>) {
  try {
    const result = await call();
    if (!result) return;
    if (result.command && !result.status) onAnswer({ action, commandId: result.command.id });
    else onAnswer({ action, status: result.status ?? result.command?.status ?? 'Sent' });
  } catch (err) {
    onAnswer({ action, error: describeError(err) });
  }
}

function describeError(err: unknown): string {
  if (CombinedGraphQLErrors.is(err)) {
    const e = err.errors[0];
    const code = e?.extensions?.code;
    return `${e?.message ?? 'failed'}${code ? ` (${String(code)})` : ''}`;
  }
  return err instanceof Error ? err.message : String(err);
}

export function ConnectorCommands(props: {
  chargerId: string;
  connectorId: number;
  /** The connector's session, as sessionUpdated keeps it in the cache (COMPLETED once the charger stopped it). */
  session: { id: string; status: string } | null;
  /** The connector's live status. */
  status: string;
  disabled: boolean;
  onAnswer: Show;
}) {
  const { chargerId, connectorId, session, status, disabled, onAnswer } = props;
  // Stop only while the session runs; FINISHING without one means the car must be unplugged first.
  const activeSessionId = session?.status === 'ACTIVE' ? session.id : null;
  const [idTag, setIdTag] = useState('');
  const [start, starting] = useRemoteStartMutation();
  const [stop, stopping] = useRemoteStopMutation();
  const [unlock, unlocking] = useUnlockConnectorMutation();
  const [availability, changing] = useChangeAvailabilityMutation();
  const busy = disabled || starting.loading || stopping.loading || unlocking.loading || changing.loading;

  return (
    <div className="commands">
      {activeSessionId ? (
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() =>
            void run(
              'Stop',
              onAnswer,
              async () =>
                (await stop({ variables: { input: { sessionId: activeSessionId, wait: false } } })).data?.remoteStop,
            )
          }
        >
          Stop
        </button>
      ) : status === 'FINISHING' ? (
        <span className="muted small ended">Session ended: unplug to start again</span>
      ) : (
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              'Start',
              onAnswer,
              async () =>
                (await start({ variables: { input: { chargerId, connectorId, idTag, wait: false } } })).data
                  ?.remoteStart,
            );
          }}
        >
          <input
            aria-label={`Id tag for connector ${connectorId}`}
            placeholder="Id tag"
            value={idTag}
            onChange={(e) => setIdTag(e.target.value)}
            required
          />
          <button type="submit" disabled={busy}>
            Start
          </button>
        </form>
      )}
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          void run(
            'Unlock',
            onAnswer,
            async () =>
              (await unlock({ variables: { input: { chargerId, connectorId, wait: false } } })).data?.unlockConnector,
          )
        }
      >
        Unlock
      </button>
      <AvailabilityButtons
        disabled={busy}
        change={(type) =>
          run(
            `Make ${type.toLowerCase()}`,
            onAnswer,
            async () =>
              (await availability({ variables: { input: { chargerId, connectorId, type, wait: false } } })).data
                ?.changeAvailability,
          )
        }
      />
    </div>
  );
}

export function ChargerCommands({ chargerId, onAnswer }: { chargerId: string; onAnswer: Show }) {
  const [reset, resetting] = useResetMutation();
  const [availability, changing] = useChangeAvailabilityMutation();
  const busy = resetting.loading || changing.loading;
  const doReset = (type: 'SOFT' | 'HARD') =>
    void run(
      `${type === 'SOFT' ? 'Soft' : 'Hard'} reset`,
      onAnswer,
      async () => (await reset({ variables: { input: { chargerId, type, wait: false } } })).data?.reset,
    );
  return (
    <div className="commands">
      <button type="button" disabled={busy} onClick={() => doReset('SOFT')}>
        Soft reset
      </button>
      <button type="button" disabled={busy} onClick={() => doReset('HARD')}>
        Hard reset
      </button>
      <AvailabilityButtons
        disabled={busy}
        change={(type) =>
          run(
            `Charger ${type.toLowerCase()}`,
            onAnswer,
            async () =>
              (await availability({ variables: { input: { chargerId, connectorId: 0, type, wait: false } } })).data
                ?.changeAvailability,
          )
        }
      />
    </div>
  );
}

function AvailabilityButtons({
  disabled,
  change,
}: {
  disabled: boolean;
  change: (t: 'OPERATIVE' | 'INOPERATIVE') => Promise<void>;
}) {
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => void change('INOPERATIVE')}
        title="ChangeAvailability Inoperative"
      >
        Disable
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() => void change('OPERATIVE')}
        title="ChangeAvailability Operative"
      >
        Enable
      </button>
    </>
  );
}

/** GetConfiguration: the charger reports every key, and the list below shows them (so this one waits: the keys are stored by then). */
export function ReadConfiguration(props: { chargerId: string; disabled: boolean; onAnswer: Show; onRead: () => void }) {
  const [read, reading] = useRefreshConfigurationMutation();
  const onClick = () =>
    void run('Read configuration', props.onAnswer, async () => {
      const result = (await read({ variables: { input: { chargerId: props.chargerId } } })).data?.refreshConfiguration;
      props.onRead();
      return result;
    });
  return (
    <button type="button" disabled={props.disabled || reading.loading} onClick={onClick}>
      Read from charger
    </button>
  );
}

/**
 * GetBaseReport (OCPP 2.0.1): the station answers at once and sends its device model afterwards in
 * NotifyReport parts, so the list is read again a few times after the answer.
 */
export function RequestReport(props: { chargerId: string; disabled: boolean; onAnswer: Show; onRead: () => void }) {
  const [request, requesting] = useRequestBaseReportMutation();
  const onClick = () =>
    void run('Request full report', props.onAnswer, async () => {
      const result = (
        await request({ variables: { input: { chargerId: props.chargerId, reportBase: 'FULL_INVENTORY' } } })
      ).data?.requestBaseReport;
      for (const ms of [500, 2000, 5000]) setTimeout(props.onRead, ms);
      return result;
    });
  return (
    <button type="button" disabled={props.disabled || requesting.loading} onClick={onClick}>
      Request full report
    </button>
  );
}
