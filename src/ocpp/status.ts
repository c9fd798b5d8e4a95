/** OCPP 1.6 ChargePointStatus (PascalCase) <-> our SCREAMING_CASE enum values. */
export function toStatusEnum(ocppStatus: string): string {
  return ocppStatus.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}
