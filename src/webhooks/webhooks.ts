import type { Logger } from 'pino';
import type { WebhookConfig } from '../config-webhooks.js';
import type { Services } from '../domain/services.js';
import type { WebhookDomainOptions } from '../domain/webhooks/webhook-domain.js';
import type { Metrics } from '../http/metrics.js';
import { createWebhookMetrics } from './metrics.js';
import { checkWebhookUrl } from './url-guard.js';
import { createWebhookWorker } from './worker.js';

/** What the domain needs from this edge: the URL check (SSRF guard) and the recording settings. */
export function webhookDomainOptions(config: WebhookConfig): WebhookDomainOptions {
  return {
    checkUrl: (url) => checkWebhookUrl(url, { allowPrivate: config.allowPrivateUrls }),
    rotationOverlapSeconds: config.rotationOverlapSeconds,
    sessionUpdateIntervalSeconds: config.sessionUpdateIntervalSeconds,
    meterBatchSeconds: config.meterBatchSeconds,
  };
}

/** Records events into the outbox and, unless turned off on this node, delivers it. */
export function startWebhooks(deps: {
  config: WebhookConfig;
  services: Services;
  metrics: Metrics;
  logger: Logger;
  nodeId: string;
}) {
  const { recorder, outbox } = deps.services.webhookDomain;
  const logger = deps.logger.child({ component: 'webhooks' });
  const stopRecording = recorder.listen();
  let inFlight = () => 0;
  const metrics = createWebhookMetrics(
    deps.metrics.registry,
    () => outbox.backlog(),
    () => inFlight(),
  );
  const worker = deps.config.worker
    ? createWebhookWorker({ outbox, config: deps.config, node: deps.nodeId, metrics, logger })
    : null;
  if (worker) inFlight = worker.inFlight;
  const offRecorded = worker ? recorder.onRecorded(worker.nudge) : () => {};
  return {
    /** Everything heard so far is in the outbox. */
    flush: () => recorder.flush(),
    async stop(): Promise<void> {
      stopRecording();
      offRecorded();
      await recorder.flush();
      await worker?.stop();
    },
  };
}
