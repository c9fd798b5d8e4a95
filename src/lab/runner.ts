// Runs the lab's virtual chargers with the simulator, connected over real OCPP to this server's own port.
import type { Logger } from 'pino';
import type { RunningVirtualCharger, VirtualChargerRunner, VirtualChargerSpec } from '../domain/lab/lab.service.js';
import { VirtualCharger } from '../sim/charger.js';
import { createStats } from '../sim/stats.js';

export interface LabRunner extends VirtualChargerRunner {
  /** Set once the server listens: ws://127.0.0.1:{port}/ocpp. */
  setEndpoint(endpoint: string): void;
}

const BOOT_WAIT_MS = 5000;

export function createLabRunner(logger: Logger): LabRunner {
  let endpoint: string | null = null;
  const log = logger.child({ component: 'lab' });
  const stats = createStats((message) => log.info(message));
  return {
    setEndpoint: (url) => void (endpoint = url),
    async start(spec: VirtualChargerSpec): Promise<RunningVirtualCharger> {
      if (!endpoint) throw new Error('lab: the server is not listening yet');
      const cp = new VirtualCharger({
        endpoint,
        ocppId: spec.ocppId,
        password: spec.password,
        connectors: spec.connectors,
        meterIntervalSeconds: spec.meterIntervalSeconds,
        protocol: spec.ocppVersion,
        auto: spec.autoCharge ? { idleSeconds: [10, 60], sessionSeconds: [120, 600], idTags: ['LAB-TAG'] } : false,
        stats,
      });
      // Usually booted in milliseconds; never hold the mutation long if the port is busy.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([cp.start(), new Promise((r) => (timer = setTimeout(r, BOOT_WAIT_MS)))]);
      clearTimeout(timer);
      return {
        snapshot: () => {
          const state = cp.snapshot();
          const connectors = state.connectors.map((c) => ({
            ...c,
            transactionId: c.transactionId === null ? null : String(c.transactionId),
          }));
          return { ...state, connectors };
        },
        plugIn: (connectorId, idTag) => cp.plugIn(connectorId, idTag),
        unplug: (connectorId) => cp.unplug(connectorId, 'EVDisconnected'),
        goOffline: (seconds) => cp.disconnect(seconds),
        stop: () => cp.stop(),
      };
    },
  };
}
