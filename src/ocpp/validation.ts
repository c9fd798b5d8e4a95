import { createRequire } from 'node:module';

interface Validator {
  subprotocol: string;
  validate(schemaId: string, params: unknown): boolean;
}

// ocpp-rpc's own compiled validators (one ajv per subprotocol), reused rather than compiled twice.
const standard = createRequire(import.meta.url)('ocpp-rpc/lib/standard-validators.js') as Validator[];

/**
 * Strict validation, except that strings longer than the schema allows pass, flagged: for a
 * charger marked lenient (chargers.lenient_validation), whose firmware sends e.g. a 60-character
 * `info` where OCPP 1.6 allows 50. Every other schema error is still a CALLERROR.
 */
export function lenientValidator(subprotocol: string, onOverlong: (schemaId: string, paths: string[]) => void): Validator {
  const strict = standard.find((v) => v.subprotocol === subprotocol);
  if (!strict) throw new Error(`No validator for ${subprotocol}`);
  return {
    subprotocol,
    validate(schemaId, params) {
      try {
        return strict.validate(schemaId, params);
      } catch (err) {
        const errors = (err as { details?: { errors?: { keyword: string; instancePath: string }[] } }).details?.errors;
        if (!errors?.length || errors.some((e) => e.keyword !== 'maxLength')) throw err;
        onOverlong(schemaId, errors.map((e) => e.instancePath));
        return true;
      }
    },
  };
}
