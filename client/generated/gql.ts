/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      role\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    token\n    refreshToken\n    expiresAt\n  }\n}\n\nmutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": typeof types.LoginDocument,
    "query Charger($id: ID, $ocppId: String) {\n  charger(id: $id, ocppId: $ocppId) {\n    id\n    ocppId\n    name\n    online\n    lastSeenAt\n    lastMessage\n    vendor\n    model\n    firmwareVersion\n    registrationStatus\n    connectors {\n      connectorId\n      status\n      errorCode\n    }\n  }\n}\n\nmutation CreateCharger($input: CreateChargerInput!) {\n  createCharger(input: $input) {\n    id\n    ocppId\n    name\n  }\n}\n\nsubscription ChargerStatus($chargerId: ID, $siteId: ID) {\n  chargerStatus(chargerId: $chargerId, siteId: $siteId) {\n    charger {\n      id\n    }\n    connectorId\n    status\n    online\n    errorCode\n    timestamp\n  }\n}": typeof types.ChargerDocument,
    "query VirtualChargers {\n  virtualChargers {\n    id\n    ocppId\n    connected\n    autoCharge\n    meterIntervalSeconds\n    connectors {\n      connectorId\n      status\n      transactionId\n      energyWh\n      powerW\n      socPercent\n    }\n    charger {\n      id\n      online\n    }\n  }\n}\n\nmutation CreateVirtualCharger($input: CreateVirtualChargerInput!) {\n  createVirtualCharger(input: $input) {\n    id\n    ocppId\n    connected\n    connectors {\n      connectorId\n      status\n    }\n    charger {\n      id\n      online\n      vendor\n      model\n    }\n  }\n}\n\nmutation DriveVirtualCharger($input: DriveVirtualChargerInput!) {\n  driveVirtualCharger(input: $input) {\n    id\n    connected\n    connectors {\n      connectorId\n      status\n      transactionId\n      energyWh\n      powerW\n      socPercent\n    }\n  }\n}\n\nmutation StopVirtualCharger($id: ID!) {\n  stopVirtualCharger(id: $id)\n}": typeof types.VirtualChargersDocument,
    "query Viewer {\n  viewer {\n    id\n    email\n    name\n    role\n  }\n  tenant {\n    id\n    name\n    slug\n    ocppUrl\n    stats {\n      chargerCount\n      onlineChargerCount\n      userCount\n      ocppMessageCount\n      activeSessionCount\n      energyWh\n    }\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      role\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    token\n    refreshToken\n    expiresAt\n  }\n}\n\nmutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": types.LoginDocument,
    "query Charger($id: ID, $ocppId: String) {\n  charger(id: $id, ocppId: $ocppId) {\n    id\n    ocppId\n    name\n    online\n    lastSeenAt\n    lastMessage\n    vendor\n    model\n    firmwareVersion\n    registrationStatus\n    connectors {\n      connectorId\n      status\n      errorCode\n    }\n  }\n}\n\nmutation CreateCharger($input: CreateChargerInput!) {\n  createCharger(input: $input) {\n    id\n    ocppId\n    name\n  }\n}\n\nsubscription ChargerStatus($chargerId: ID, $siteId: ID) {\n  chargerStatus(chargerId: $chargerId, siteId: $siteId) {\n    charger {\n      id\n    }\n    connectorId\n    status\n    online\n    errorCode\n    timestamp\n  }\n}": types.ChargerDocument,
    "query VirtualChargers {\n  virtualChargers {\n    id\n    ocppId\n    connected\n    autoCharge\n    meterIntervalSeconds\n    connectors {\n      connectorId\n      status\n      transactionId\n      energyWh\n      powerW\n      socPercent\n    }\n    charger {\n      id\n      online\n    }\n  }\n}\n\nmutation CreateVirtualCharger($input: CreateVirtualChargerInput!) {\n  createVirtualCharger(input: $input) {\n    id\n    ocppId\n    connected\n    connectors {\n      connectorId\n      status\n    }\n    charger {\n      id\n      online\n      vendor\n      model\n    }\n  }\n}\n\nmutation DriveVirtualCharger($input: DriveVirtualChargerInput!) {\n  driveVirtualCharger(input: $input) {\n    id\n    connected\n    connectors {\n      connectorId\n      status\n      transactionId\n      energyWh\n      powerW\n      socPercent\n    }\n  }\n}\n\nmutation StopVirtualCharger($id: ID!) {\n  stopVirtualCharger(id: $id)\n}": types.VirtualChargersDocument,
    "query Viewer {\n  viewer {\n    id\n    email\n    name\n    role\n  }\n  tenant {\n    id\n    name\n    slug\n    ocppUrl\n    stats {\n      chargerCount\n      onlineChargerCount\n      userCount\n      ocppMessageCount\n      activeSessionCount\n      energyWh\n    }\n  }\n}": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      role\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    token\n    refreshToken\n    expiresAt\n  }\n}\n\nmutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    refreshToken\n    expiresAt\n    user {\n      id\n      email\n      role\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    token\n    refreshToken\n    expiresAt\n  }\n}\n\nmutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Charger($id: ID, $ocppId: String) {\n  charger(id: $id, ocppId: $ocppId) {\n    id\n    ocppId\n    name\n    online\n    lastSeenAt\n    lastMessage\n    vendor\n    model\n    firmwareVersion\n    registrationStatus\n    connectors {\n      connectorId\n      status\n      errorCode\n    }\n  }\n}\n\nmutation CreateCharger($input: CreateChargerInput!) {\n  createCharger(input: $input) {\n    id\n    ocppId\n    name\n  }\n}\n\nsubscription ChargerStatus($chargerId: ID, $siteId: ID) {\n  chargerStatus(chargerId: $chargerId, siteId: $siteId) {\n    charger {\n      id\n    }\n    connectorId\n    status\n    online\n    errorCode\n    timestamp\n  }\n}"): (typeof documents)["query Charger($id: ID, $ocppId: String) {\n  charger(id: $id, ocppId: $ocppId) {\n    id\n    ocppId\n    name\n    online\n    lastSeenAt\n    lastMessage\n    vendor\n    model\n    firmwareVersion\n    registrationStatus\n    connectors {\n      connectorId\n      status\n      errorCode\n    }\n  }\n}\n\nmutation CreateCharger($input: CreateChargerInput!) {\n  createCharger(input: $input) {\n    id\n    ocppId\n    name\n  }\n}\n\nsubscription ChargerStatus($chargerId: ID, $siteId: ID) {\n  chargerStatus(chargerId: $chargerId, siteId: $siteId) {\n    charger {\n      id\n    }\n    connectorId\n    status\n    online\n    errorCode\n    timestamp\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VirtualChargers {\n  virtualChargers {\n    id\n    ocppId\n    connected\n    autoCharge\n    meterIntervalSeconds\n    connectors {\n      connectorId\n      status\n      transactionId\n      energyWh\n      powerW\n      socPercent\n    }\n    charger {\n      id\n      online\n    }\n  }\n}\n\nmutation CreateVirtualCharger($input: CreateVirtualChargerInput!) {\n  createVirtualCharger(input: $input) {\n    id\n    ocppId\n    connected\n    connectors {\n      connectorId\n      status\n    }\n    charger {\n      id\n      online\n      vendor\n      model\n    }\n  }\n}\n\nmutation DriveVirtualCharger($input: DriveVirtualChargerInput!) {\n  driveVirtualCharger(input: $input) {\n    id\n    connected\n    connectors {\n      connectorId\n      status\n      transactionId\n      energyWh\n      powerW\n      socPercent\n    }\n  }\n}\n\nmutation StopVirtualCharger($id: ID!) {\n  stopVirtualCharger(id: $id)\n}"): (typeof documents)["query VirtualChargers {\n  virtualChargers {\n    id\n    ocppId\n    connected\n    autoCharge\n    meterIntervalSeconds\n    connectors {\n      connectorId\n      status\n      transactionId\n      energyWh\n      powerW\n      socPercent\n    }\n    charger {\n      id\n      online\n    }\n  }\n}\n\nmutation CreateVirtualCharger($input: CreateVirtualChargerInput!) {\n  createVirtualCharger(input: $input) {\n    id\n    ocppId\n    connected\n    connectors {\n      connectorId\n      status\n    }\n    charger {\n      id\n      online\n      vendor\n      model\n    }\n  }\n}\n\nmutation DriveVirtualCharger($input: DriveVirtualChargerInput!) {\n  driveVirtualCharger(input: $input) {\n    id\n    connected\n    connectors {\n      connectorId\n      status\n      transactionId\n      energyWh\n      powerW\n      socPercent\n    }\n  }\n}\n\nmutation StopVirtualCharger($id: ID!) {\n  stopVirtualCharger(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    id\n    email\n    name\n    role\n  }\n  tenant {\n    id\n    name\n    slug\n    ocppUrl\n    stats {\n      chargerCount\n      onlineChargerCount\n      userCount\n      ocppMessageCount\n      activeSessionCount\n      energyWh\n    }\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    id\n    email\n    name\n    role\n  }\n  tenant {\n    id\n    name\n    slug\n    ocppUrl\n    stats {\n      chargerCount\n      onlineChargerCount\n      userCount\n      ocppMessageCount\n      activeSessionCount\n      energyWh\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;