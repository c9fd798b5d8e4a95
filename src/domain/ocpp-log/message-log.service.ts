import type { Page, PageArgs } from '../../db/paginate.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import type { MessageLogRepository, OcppMessageFilter, OcppMessageRow } from './message-log.repository.js';

/** Reads the OCPP message log (every frame in and out) of the caller's tenant. */
export function createMessageLogService(deps: { log: MessageLogRepository }) {
  return {
    list(scope: Scope, filter: OcppMessageFilter, page: PageArgs): Promise<Page<OcppMessageRow>> {
      assertCan(scope, 'ocpp:read');
      return deps.log.list(scope, filter, page);
    },
  };
}

export type MessageLogService = ReturnType<typeof createMessageLogService>;
