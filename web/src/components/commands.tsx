// Command buttons. Each shows the charger's own answer (Accepted, Rejected, ...) or why none came.
import { CombinedGraphQLErrors } from '@apollo/client';
import { useState, type ReactNode } from 'react';
import {
  useChangeAvailabilityMutation,
  useRefreshConfigurationMutation,
  useRemoteStartMutation,
  useRemoteStopMutation,
  useResetMutation,
  useUnlockConnectorMutation,
} from '../../../client/generated/hooks';
import { StatusBadge } from './ui';

export interface Answer {
  action: string;
  status?: string;
  error?: string;
  at: number;
}

type Show = (a: Omit<Answer, 'at'>) => void;

export function useCommandAnswer(): { show: Show; view: ReactNode } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const view = answer && (
    <div className="answer" role="status" data-testid="command-answer">
      <span>{answer.action}:</span>
      {answer.status ? <StatusBadge status={answer.status} /> : <span className="error">{answer.error}</span>}
      <span className="muted small">{new Date(answer.at).toLocaleTimeString()}</span>
    </div>
  );
  return { show: (a) => setAnswer({ ...a, at: Date.now() }), view };
}

/** Runs a command mutation and reports its answer; errors (offline, timeout, CALLERROR) become readable text. */
async function run(action: string, onAnswer: Show, call: () => Promise<{ status: string } | undefined>) {
  try {
    const result = await call();
    if (result) onAnswer({ action, status: result.status });
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
  activeSessionId: string | null;
  disabled: boolean;
  onAnswer: Show;
}) {
  const { chargerId, connectorId, activeSessionId, disabled, onAnswer } = props;
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
              async () => (await stop({ variables: { input: { sessionId: activeSessionId } } })).data?.remoteStop,
            )
          }
        >
          Stop
        </button>
      ) : (
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              'Start',
              onAnswer,
              async () => (await start({ variables: { input: { chargerId, connectorId, idTag } } })).data?.remoteStart,
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
            async () => (await unlock({ variables: { input: { chargerId, connectorId } } })).data?.unlockConnector,
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
              (await availability({ variables: { input: { chargerId, connectorId, type } } })).data?.changeAvailability,
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
      async () => (await reset({ variables: { input: { chargerId, type } } })).data?.reset,
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
              (await availability({ variables: { input: { chargerId, connectorId: 0, type } } })).data
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

/** GetConfiguration: the charger reports every key, and the list below shows them. */
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
