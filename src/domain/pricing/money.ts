import { minorDigits } from './currency.js';
import { formatMinor, normalizeDec, toMinor, toSafeNumber } from './decimal.js';

/** Money as the API shows it (GraphQL `Money`, webhook payloads): major-unit text, minor units, currency. */
export interface MoneyData {
  amount: string;
  minorUnits: number;
  currency: string;
}

export function moneyOfMinor(minor: number, currency: string): MoneyData {
  return { amount: formatMinor(minor, minorDigits(currency)), minorUnits: minor, currency };
}

/** A price that may be finer than a cent ("0.3277"): shown exactly, at least to the cent ("0.30"). */
export function moneyOfDecimal(price: string, currency: string): MoneyData {
  const digits = minorDigits(currency);
  const minor = toSafeNumber(toMinor(price, digits));
  const exact = normalizeDec(price);
  const places = exact.split('.')[1]?.length ?? 0;
  return { amount: places >= digits ? exact : formatMinor(minor, digits), minorUnits: minor, currency };
}
