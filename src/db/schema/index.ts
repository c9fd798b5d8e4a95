export * from './tenancy.js';
export * from './sites.js';
export * from './chargers.js';
export * from './sessions.js';
export * from './ocpp-log.js';
export * from './loadmgmt.js';
export * from './spool.js';
export * from './webhooks.js';
