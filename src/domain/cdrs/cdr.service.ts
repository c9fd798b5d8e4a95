import type { PageArgs } from '../../db/paginate.js';
import { InputChecker } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import type {
  ChargeDetailRecordExportRow,
  ChargeDetailRecordFilter,
  ChargeDetailRecordRepository,
} from './cdr.repository.js';

/** Rows read per statement while exporting: memory stays flat however long the range. */
export const EXPORT_BATCH = 500;

/** Charge detail records: a DRIVER's Scope finds those of their own sessions only. */
export function createChargeDetailRecordService(deps: { records: ChargeDetailRecordRepository }) {
  const { records } = deps;

  function check(scope: Scope, filter: ChargeDetailRecordFilter): void {
    assertCan(scope, 'sessions:read');
    new InputChecker()
      .check(!filter.from || !filter.to || filter.from < filter.to, 'to', 'must be after from')
      .throwIfAny();
  }

  return {
    list(scope: Scope, filter: ChargeDetailRecordFilter, page: PageArgs) {
      check(scope, filter);
      return records.list(scope, filter, page);
    },

    /**
     * The records in batches, oldest first, each batch read by keyset from where the last ended.
     * Checks run now, so a caller can refuse before it starts answering.
     */
    exportBatches(
      scope: Scope,
      filter: ChargeDetailRecordFilter,
      batchSize = EXPORT_BATCH,
    ): AsyncGenerator<ChargeDetailRecordExportRow[]> {
      check(scope, filter);
      return (async function* () {
        let after: string | null = null;
        for (;;) {
          const page = await records.list(scope, filter, { first: batchSize, after }, true);
          if (page.nodes.length) yield await records.withNames(scope, page.nodes);
          if (!page.hasNextPage) return;
          after = page.cursors.at(-1)!;
        }
      })();
    },

    async get(scope: Scope, id: string) {
      assertCan(scope, 'sessions:read');
      const [row] = await records.byIds(scope, [id]);
      return row ?? null;
    },

    // Batched read for a relation the API already authorized (Session.chargeDetailRecord).
    bySessions: (scope: Scope, sessionIds: readonly string[]) => records.bySessions(scope, sessionIds),
  };
}

export type ChargeDetailRecordService = ReturnType<typeof createChargeDetailRecordService>;
