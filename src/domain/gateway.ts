export interface CallOptions {
  timeoutMs?: number;
  /**
   * OCPP 2.0.1 RequestStartTransaction.remoteStartId, when the domain chose it (the session keeps it to
   * match the TransactionEvent that echoes it); 1.6 has no such field and ignores it.
   */
  remoteStartId?: number;
  /**
   * The OCPP version the domain checked the command for (K01 rules): the node holding the socket
   * refuses it (CONFLICT) when the charger speaks another by then, rather than send what was not checked.
   */
  checkedFor?: string;
}

/**
 * How the domain sends a command to a charger without knowing the transport.
 * `ocpp/` implements it; `main.ts` hands it in. Throws ChargerOfflineError,
 * ChargerTimeoutError or ChargerCallError.
 */
export interface ChargerGateway {
  call(
    ocppId: string,
    action: string,
    payload: Record<string, unknown>,
    opts?: CallOptions,
  ): Promise<Record<string, unknown>>;
  isConnected(ocppId: string): boolean;
  /** The OCPP version ('1.6', '2.0.1') of this node's socket to the charger; null when it is not on this node. */
  connectedVersion(ocppId: string): string | null;
}

/**
 * The services are built before the OCPP server that implements the gateway;
 * they get this holder, and `app.ts` binds the real gateway once it exists.
 */
export function createGatewayHolder(): ChargerGateway & { bind(gateway: ChargerGateway): void } {
  let bound: ChargerGateway | null = null;
  const target = (): ChargerGateway => {
    if (!bound) throw new Error('ChargerGateway used before the OCPP server was started');
    return bound;
  };
  return {
    bind: (gateway) => void (bound = gateway),
    call: (ocppId, action, payload, opts) => target().call(ocppId, action, payload, opts),
    isConnected: (ocppId) => target().isConnected(ocppId),
    connectedVersion: (ocppId) => target().connectedVersion(ocppId),
  };
}
