// OCPP's closed word lists as chargers send them (and the database keeps them), and the API's name
// for each: SCREAMING_CASE, one casing in every enum of the API (issue 13). GraphQL types and
// webhook payloads map a stored word at their edge with `nameOf`; filters map back with `wordOf`.
// Lists are OCPP 1.6 and 2.0.1 together, as the JSON schemas in ocpp-rpc define them; strict
// validation keeps any other word out, so OTHER (or the list's own fallback) is only for a row
// written otherwise. The word as the charger sent it stays in the message log (OcppMessage.payload).

/** EVDisconnected -> EV_DISCONNECTED, Energy.Active.Import.Register -> ENERGY_ACTIVE_IMPORT_REGISTER, L1-N -> L1_N. */
export function screamingCase(word: string): string {
  return word
    .replace(/[.\-\s]+/g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();
}

export interface WordList<N extends string> {
  /** The API's names, fallback included. */
  names: readonly N[];
  /** A stored word as the API names it; a word the list does not hold reads as the fallback. */
  nameOf(word: string): N;
  /** The same for a column that may be empty: null stays null. */
  nameOrNull(word: string | null): N | null;
  /** The stored word for a name (the first word listed for it). */
  wordOf(name: N): string;
}

/**
 * A word list and its names. `renamed` names a word that screamingCase would spell badly (SoC) or
 * that means the same as another word (2.0.1's UploadFailure is 1.6's UploadFailed).
 */
export function wordList<const W extends string>(
  words: readonly W[],
  fallback: string,
  renamed: Partial<Record<W, string>> = {},
): WordList<string> {
  const byWord = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const word of words) {
    const name = renamed[word] ?? screamingCase(word);
    byWord.set(word, name);
    // Our own words are SCREAMING_CASE already (CHARGER_OFFLINE): stored either way, read the same.
    byWord.set(name, name);
    if (!byName.has(name)) byName.set(name, word);
  }
  const names = [...new Set([...byName.keys(), fallback])];
  return {
    names,
    nameOf: (word) => byWord.get(word) ?? fallback,
    nameOrNull: (word) => (word === null ? null : (byWord.get(word) ?? fallback)),
    wordOf: (name) => byName.get(name) ?? name,
  };
}

/** Command.errorCode: the OCPP CALLERROR code (1.6 §4.2.3, 2.0.1 RPC framework), or what failed here. */
export const COMMAND_ERROR_CODES = wordList(
  [
    'NotImplemented',
    'NotSupported',
    'InternalError',
    'ProtocolError',
    'SecurityError',
    'FormatViolation',
    'FormationViolation',
    'PropertyConstraintViolation',
    'OccurrenceConstraintViolation',
    'OccurenceConstraintViolation',
    'TypeConstraintViolation',
    'GenericError',
    'MessageTypeNotSupported',
    'RpcFrameworkError',
    'CHARGER_OFFLINE',
    'CHARGER_TIMEOUT',
    'INTERNAL',
  ],
  'OTHER',
  // OCPP 1.6 spells them so; 2.0.1 fixed the spelling: one name for both.
  { FormationViolation: 'FORMAT_VIOLATION', OccurenceConstraintViolation: 'OCCURRENCE_CONSTRAINT_VIOLATION' },
);
