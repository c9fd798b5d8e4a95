/** Every domain event, by topic. Payloads carry tenantId so subscribers filter by tenant in the server. */
export interface DomainEventMap {
  'charger.connection': { tenantId: string; chargerId: string; ocppId: string; online: boolean; timestamp: Date };
  'charger.status': {
    tenantId: string;
    chargerId: string;
    siteId: string | null;
    /** Our connector position: the 1.6 connector, the 2.0.1 EVSE (0: the charger). */
    connectorId: number;
    /** OCPP 2.0.1: the connector of that EVSE that reported, and its own status. */
    evseConnectorId?: number;
    evseConnectorStatus?: string;
    /** The status of the position (the EVSE as a whole when a connector of it reported). */
    status: string;
    /** A Scheduled ChangeAvailability still waiting on the position when the report was stored. */
    scheduledAvailability?: string;
    /** One waiting on the connector evseConnectorId itself (an EVSE with several, OCPP 2.0.1). */
    evseConnectorScheduledAvailability?: string;
    errorCode: string;
    online: boolean;
    timestamp: Date;
  };
  /** Crosses nodes: the node holding the charger's socket closes it. */
  'charger.deleted': { tenantId: string; chargerId: string; ocppId: string; timestamp: Date };
  'charger.booted': {
    tenantId: string;
    chargerId: string;
    ocppId: string;
    registrationStatus: string;
    timestamp: Date;
  };
  'meter.values': {
    tenantId: string;
    chargerId: string;
    siteId: string | null;
    connectorId: number;
    sessionId: string | null;
    timestamp: Date;
    values: MeterValueData[];
  };
  'session.updated': {
    tenantId: string;
    chargerId: string;
    sessionId: string;
    status: string;
    /** Set by pricing when it stored a new Session.cost; pricing ignores these (no loop). */
    costUpdated?: boolean;
    /** Set by the transaction lifecycle when the session began or ended (webhooks send session.started/ended). */
    change?: 'started' | 'stopped';
    // Filled by OCPP transaction handling so listeners need not read the row back.
    connectorId?: number;
    transactionId?: number | null;
    idTag?: string | null;
    startedAt?: Date | null;
    stoppedAt?: Date | null;
    meterStartWh?: number | null;
    /** Latest Energy.Active.Import.Register (Wh), or meterStop once stopped. */
    meterWh?: number | null;
    stopReason?: string | null;
    timestamp?: Date;
  };
  /** Everything else a charger reports: DataTransfer, security events, firmware/diagnostics progress, quirks. */
  'charger.event': { tenantId: string; chargerId: string; type: string; payload: unknown; timestamp: Date };
  'ocpp.message': OcppMessageData;
  /** A site's load allocation changed (limits, the chargers' answers or measured current). */
  'circuit.allocation': { tenantId: string; siteId: string; circuitIds: string[]; timestamp: Date };
  /** An operator changed a charger's registration (approved a Pending one, rejected one). */
  'charger.registration': {
    tenantId: string;
    chargerId: string;
    ocppId: string;
    registrationStatus: string;
    timestamp: Date;
  };
  /** A reservation was made, used, expired or cancelled (reservationId is the row id). */
  'reservation.changed': {
    tenantId: string;
    chargerId: string;
    reservationId: string;
    status: string;
    timestamp: Date;
    /** Its webhooks were written in the change's own transaction (the recorder leaves it alone). */
    webhooksRecorded?: boolean;
  };
  /** A command to a charger has its outcome (answered, offline, timed out, failed). */
  'command.completed': {
    tenantId: string;
    chargerId: string;
    commandId: string;
    action: string;
    outcome: string;
    /** The charger's own answer (Accepted, Rejected, ...) when it answered. */
    status: string | null;
    response: unknown;
    /** The command's log row as it now is (commandUpdated sends it as it is, on every node). */
    command: CommandLogEntry;
    timestamp: Date;
  };
}

/** One row of the command log (`commands`), as events carry it. */
export interface CommandLogEntry {
  id: string;
  tenantId: string;
  chargerId: string;
  action: string;
  payload: unknown;
  requestedBy: string | null;
  status: string;
  response: unknown;
  errorCode: string | null;
  createdAt: Date;
  answeredAt: Date | null;
}

export interface MeterValueData {
  timestamp: Date;
  measurand: string;
  value: number | null;
  raw: string;
  unit: string | null;
  phase: string | null;
  context: string | null;
  location: string | null;
}

export interface OcppMessageData {
  /** A uuid given when the frame is seen: the log row's message_id and the API's OcppMessage.id. */
  id: string;
  tenantId: string;
  chargerId: string;
  direction: 'IN' | 'OUT';
  messageType: 'CALL' | 'CALLRESULT' | 'CALLERROR';
  action: string | null;
  uniqueId: string;
  payload: unknown;
  timestamp: Date;
}
