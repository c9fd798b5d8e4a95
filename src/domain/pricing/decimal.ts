/**
 * Exact decimal arithmetic on strings, with bigint inside: money never touches a float.
 * A decimal "0.3277" is held as { units: 3277n, scale: 4 }, i.e. units / 10^scale.
 */
export interface Dec {
  units: bigint;
  scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text.trim());
}

export function parseDec(text: string): Dec {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new Error(`Not a decimal number: ${JSON.stringify(text)}`);
  const fraction = m[3] ?? '';
  const units = BigInt(m[2]! + fraction);
  return { units: m[1] ? -units : units, scale: fraction.length };
}

export const pow10 = (n: number): bigint => 10n ** BigInt(n);

/**
 * n / d rounded to an integer. HALF_UP rounds halves away from zero ("kaufmännisch",
 * what invoices use); UP and DOWN round away from / towards zero.
 */
export function divRound(n: bigint, d: bigint, mode: 'HALF_UP' | 'UP' | 'DOWN' = 'HALF_UP'): bigint {
  if (d === 0n) throw new Error('division by zero');
  if (d < 0n) return divRound(-n, -d, mode);
  const negative = n < 0n;
  const a = negative ? -n : n;
  const q = a / d;
  const r = a % d;
  let result = q;
  if (r !== 0n) {
    if (mode === 'UP') result = q + 1n;
    else if (mode === 'HALF_UP' && 2n * r >= d) result = q + 1n;
  }
  return negative ? -result : result;
}

/** A ratio n / d as a decimal string with at most `decimals` places (half-up), trailing zeros trimmed. */
export function formatRatio(n: bigint, d: bigint, decimals: number): string {
  return formatUnits(divRound(n * pow10(decimals), d), decimals);
}

/** units / 10^scale as a plain decimal string, trailing fraction zeros trimmed ("12.345", "3", "-0.5"). */
export function formatUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale ? digits.slice(digits.length - scale).replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Minor units (cents) as a decimal with exactly `digits` places: 1015 -> "10.15". */
export function formatMinor(minor: bigint | number, digits: number): string {
  const units = BigInt(minor);
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  return `${negative ? '-' : ''}${whole}${digits ? `.${text.slice(text.length - digits)}` : ''}`;
}

/** A decimal amount in major units to minor units, half-up when it has more places than the currency. */
export function toMinor(amount: string, digits: number): bigint {
  const { units, scale } = parseDec(amount);
  return scale <= digits ? units * pow10(digits - scale) : divRound(units, pow10(scale - digits));
}

/** True when the decimal has no more fraction digits than `digits` (so it converts to minor units exactly). */
export function fitsMinor(amount: string, digits: number): boolean {
  const { units, scale } = parseDec(amount);
  return scale <= digits || units % pow10(scale - digits) === 0n;
}

/** A normalised decimal string ("0.390000" -> "0.39", "5.0" -> "5"). */
export function normalizeDec(text: string): string {
  const { units, scale } = parseDec(text);
  return formatUnits(units, scale);
}

export function compareDec(a: string, b: string): number {
  const x = parseDec(a);
  const y = parseDec(b);
  const scale = Math.max(x.scale, y.scale);
  const l = x.units * pow10(scale - x.scale);
  const r = y.units * pow10(scale - y.scale);
  return l < r ? -1 : l > r ? 1 : 0;
}

export function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new Error(`amount out of range: ${value}`);
  }
  return Number(value);
}
