import { specValidators, type Validator } from './spec-validators.js';

/**
 * Strict validation, except that strings longer than the schema allows pass, flagged: for a
 * charger marked lenient (chargers.lenient_validation), whose firmware sends e.g. a 60-character
 * `info` where OCPP 1.6 allows 50. Every other schema error is still a CALLERROR.
 */
export function lenientValidator(
  subprotocol: string,
  onOverlong: (schemaId: string, paths: string[]) => void,
): Validator {
  const strict = specValidators.find((v) => v.subprotocol === subprotocol);
  if (!strict) throw new Error(`No validator for ${subprotocol}`);
  return {
    subprotocol,
    validate(schemaId, params) {
      // ajv stops at the first error, so an over-long string may hide another error behind it:
      // shorten what was too long (on a copy) and validate again until nothing else is wrong.
      let candidate = params;
      const paths: string[] = [];
      for (;;) {
        try {
          strict.validate(schemaId, candidate);
          break;
        } catch (err) {
          const errors = (err as { details?: { errors?: AjvError[] } }).details?.errors;
          if (!errors?.length || errors.some((e) => e.keyword !== 'maxLength') || paths.length > MAX_SHORTENED)
            throw err;
          if (candidate === params) candidate = structuredClone(params);
          for (const e of errors) shorten(candidate, e.instancePath, Number(e.params.limit));
          paths.push(...errors.map((e) => e.instancePath));
        }
      }
      if (paths.length) onOverlong(schemaId, paths);
      return true;
    },
  };
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: { limit?: number };
}

const MAX_SHORTENED = 50;

/** Cuts the string at JSON pointer `path` (e.g. /meterValue/0/sampledValue/1/value) to `limit` characters. */
function shorten(root: unknown, path: string, limit: number): void {
  const keys = path
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop();
  const parent = keys.reduce<any>((node, key) => node?.[key], root);
  if (last !== undefined && typeof parent?.[last] === 'string') parent[last] = parent[last].slice(0, limit);
}
