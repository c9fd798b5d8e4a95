// STOPGAP for issue 5's tests only; see src/domain/commands/stopgap-transactions.ts. Delete at merge with issue 3.
import type { ChargerRow } from '../domain/chargers/charger.repository.js';
import { createStopgapTransactions } from '../domain/commands/stopgap-transactions.js';
import type { Services } from '../domain/services.js';
import type { HandlerArgs } from './ocpp-rpc.js';

type Handler = (state: { charger: ChargerRow }, args: HandlerArgs<any>) => Promise<Record<string, unknown>>;

export function stopgapTransactionHandlers(services: Services): Record<string, Handler> {
  const tx = createStopgapTransactions({ db: services.db, events: services.events, commands: services.commands });
  return {
    async StartTransaction(state, { params }) {
      return { transactionId: await tx.start(state.charger, params), idTagInfo: { status: 'Accepted' } };
    },
    async StopTransaction(state, { params }) {
      await tx.stop(state.charger, params);
      return {};
    },
  };
}
