import type { CommandAnswer } from '../domain/commands/command-sender.js';
import { trackCommand } from '../domain/commands/command-sender.js';
import { Command, CommandResult } from './types/command.type.js';

/** The part of every command input that is not the command: whether to wait for the charger. */
export interface WaitOption {
  wait?: boolean | null;
}

/** The input without `wait`, for the service (some services pass their input on to the charger). */
export function commandArgs<T extends WaitOption>(input: T): Omit<T, 'wait'> {
  const { wait: _wait, ...args } = input;
  return args;
}

/**
 * Runs one command mutation. With `wait` (the default) it answers once the charger has, with the
 * command as logged. With `wait: false` it answers as soon as the command is on its way (its log row
 * written), with the command PENDING; the outcome follows on `commandUpdated` and in `command(id)`,
 * and what the service does with the answer (store keys, end a session) still happens. Bad input
 * (NOT_FOUND, INVALID_INPUT, CONFLICT, CHARGER_OFFLINE before a session is created) is an error
 * either way: it is found before anything is sent. A mutation that sends nothing answers as if waited.
 */
export async function dispatch<R, O>(
  wait: boolean | null | undefined,
  run: () => Promise<R>,
  answered: (result: R, command: Command | null) => O,
  pending: (command: Command, notes: Record<string, unknown>) => O,
): Promise<O> {
  const tracked = trackCommand(run);
  if (wait !== false) {
    const result = await tracked.done;
    const row = tracked.latest();
    return answered(result, row ? Command.from(row) : null);
  }
  const first = await Promise.race([
    tracked.sent.then((row) => ({ row })),
    tracked.done.then((result) => ({ result })),
  ]);
  if ('result' in first) {
    const row = tracked.latest();
    return answered(first.result, row ? Command.from(row) : null);
  }
  // The outcome is in the command log and on commandUpdated; nobody awaits it here.
  tracked.done.catch(() => {});
  return pending(Command.from(first.row), tracked.notes);
}

/** dispatch for the commands that answer a CommandResult. */
export function commandResult(input: WaitOption, run: () => Promise<CommandAnswer>): Promise<CommandResult> {
  return dispatch(
    input.wait,
    run,
    (answer, command) => CommandResult.of(answer.status, answer.response, command),
    (command) => CommandResult.pending(command),
  );
}
