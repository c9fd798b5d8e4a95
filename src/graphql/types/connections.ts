import { Connection } from '../connection.js';
import { Charger } from './charger.type.js';
import { ConnectorStatusChange } from './charger-details.type.js';
import { IdTag, Reservation } from './idtag.type.js';
import { MeterValue, Session } from './session.type.js';
import { Site } from './site.type.js';

// One connection type per node type, built once: several resolvers return the same one.
export const ChargerConnection = Connection(Charger);
export const SiteConnection = Connection(Site);
export const SessionConnection = Connection(Session);
export const MeterValueConnection = Connection(MeterValue);
export const IdTagConnection = Connection(IdTag);
export const ReservationConnection = Connection(Reservation);
export const ConnectorStatusChangeConnection = Connection(ConnectorStatusChange);
