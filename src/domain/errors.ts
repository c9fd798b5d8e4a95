/**
 * The domain's error vocabulary. Edges map these in one place each:
 * graphql/errors.ts to extensions.code, ocpp/ to CALLERRORs.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'CHARGER_OFFLINE'
  | 'CHARGER_TIMEOUT'
  | 'CHARGER_ERROR'
  | 'NOT_SUPPORTED_BY_PROTOCOL'
  | 'INTERNAL'
  | 'SERVICE_UNAVAILABLE'
  | 'CLUSTER_UNAVAILABLE';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id?: string) {
    super('NOT_FOUND', id ? `${what} ${id} not found` : `${what} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** One error naming every bad field of an input. */
export class InvalidInputError extends DomainError {
  constructor(readonly problems: FieldProblem[]) {
    super('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { fields: problems });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Not authenticated') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Not allowed') {
    super('FORBIDDEN', message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many requests; retry in ${retryAfterSeconds}s`, { retryAfterSeconds });
  }
}

export class ChargerOfflineError extends DomainError {
  constructor(ocppId: string) {
    super('CHARGER_OFFLINE', `Charger ${ocppId} is not connected`);
  }
}

export class ChargerTimeoutError extends DomainError {
  constructor(ocppId: string, action: string, timeoutMs: number) {
    super('CHARGER_TIMEOUT', `Charger ${ocppId} did not answer ${action} within ${timeoutMs} ms`);
  }
}

export class ChargerCallError extends DomainError {
  constructor(ocppId: string, action: string, ocppErrorCode: string, description: string) {
    super('CHARGER_ERROR', `Charger ${ocppId} answered ${action} with ${ocppErrorCode}: ${description}`, {
      ocppErrorCode,
    });
  }
}

/** A command the charger's OCPP version cannot carry (ChangeConfiguration to 2.0.1, GetVariables to 1.6): nothing is sent. */
export class NotSupportedByProtocolError extends DomainError {
  constructor(ocppId: string, action: string, ocppVersion: string) {
    super('NOT_SUPPORTED_BY_PROTOCOL', `Charger ${ocppId} speaks OCPP ${ocppVersion}, which has no ${action}`, {
      ocppVersion,
    });
  }
}

/** Collects field problems and throws them together. */
export class InputChecker {
  private readonly problems: FieldProblem[] = [];
  check(ok: boolean, field: string, message: string): this {
    if (!ok) this.problems.push({ field, message });
    return this;
  }
  throwIfAny(): void {
    if (this.problems.length) throw new InvalidInputError(this.problems);
  }
}

/** Redis is unreachable, so this node cannot reach a charger held by another node: retry shortly. */
export class ClusterUnavailableError extends DomainError {
  constructor(ocppId: string) {
    super(
      'CLUSTER_UNAVAILABLE',
      `Charger ${ocppId} is not connected to this node, and the other nodes cannot be reached (Redis is unreachable); retry shortly`,
      { ocppId },
    );
  }
}

/** The database is unreachable and this needs it: retry shortly. */
export class ServiceUnavailableError extends DomainError {
  constructor(message = 'The database is unreachable; retry shortly') {
    super('SERVICE_UNAVAILABLE', message);
  }
}
