/**
 * How the domain sends a command to a charger without knowing the transport.
 * `ocpp/` implements it; `main.ts` hands it in. Throws ChargerOfflineError,
 * ChargerTimeoutError or ChargerCallError.
 */
export interface ChargerGateway {
  call(ocppId: string, action: string, payload: Record<string, unknown>, opts?: { timeoutMs?: number }): Promise<Record<string, unknown>>;
  isConnected(ocppId: string): boolean;
}
