import type { Logger } from 'pino';
import type { StationService } from '../domain/chargers/station.service.js';

export type FlagQuirk = (quirk: string, detail: Record<string, unknown>) => void;

/**
 * Real chargers break the rules in harmless ways (ocpp.md §1.3): we tolerate them and say so.
 * Each kind of quirk is logged and kept as a charger event once per connection (the connection
 * remembers which it flagged: `ChargerConnection#flag`), so a charger that sends every timestamp
 * without a zone does not write a row per message.
 */
export function flagQuirk(
  charger: { id: string; tenantId: string },
  station: StationService,
  logger: Logger,
  quirk: string,
  detail: Record<string, unknown>,
): void {
  logger.warn({ quirk, ...detail }, 'charger broke an OCPP rule; tolerated');
  station
    .recordEvent(charger, 'ProtocolQuirk', { quirk, ...detail })
    .catch((err) => logger.error({ err }, 'could not record quirk'));
}
