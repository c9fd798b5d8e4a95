import type { InputChecker } from './errors.js';

/** Rules shared by several inputs. Each adds its problems to the caller's checker. */

export interface LocationInput {
  latitude: number;
  longitude: number;
}

export function checkLocation(
  checker: InputChecker,
  location: LocationInput | null | undefined,
  field = 'location',
): void {
  if (!location) return;
  const { latitude, longitude } = location;
  checker
    .check(
      Number.isFinite(latitude) && latitude >= -90 && latitude <= 90,
      `${field}.latitude`,
      'must be between -90 and 90',
    )
    .check(
      Number.isFinite(longitude) && longitude >= -180 && longitude <= 180,
      `${field}.longitude`,
      'must be between -180 and 180',
    );
}

/** IANA time zone names (Europe/Berlin, UTC), as the runtime's ICU knows them. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** ISO 3166-1 alpha-2 (DE, FR), as OCPI and most roaming partners expect. */
export const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code);

/** ISO 4217 currency codes known to the runtime (EUR, USD, SEK). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (Intl.supportedValuesOf('currency') as string[]).includes(code);
}

const MAX_CUSTOM_PROPERTIES_BYTES = 16 * 1024;

/** The operator's own fields on a site or charger: a JSON object of at most 16 KiB. */
export function checkCustomProperties(checker: InputChecker, value: unknown, field = 'customProperties'): void {
  if (value == null) return;
  const isObject = typeof value === 'object' && !Array.isArray(value);
  checker.check(isObject, field, 'must be a JSON object, e.g. {"costCenter": "K-17"}');
  if (isObject)
    checker.check(
      Buffer.byteLength(JSON.stringify(value)) <= MAX_CUSTOM_PROPERTIES_BYTES,
      field,
      `must be at most ${MAX_CUSTOM_PROPERTIES_BYTES} bytes as JSON`,
    );
}
