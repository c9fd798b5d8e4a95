/** Values for String arguments by their name, each carrying its tenant's marker (zqa..., zqb...). */
export function makeString(mark: string, hint: string, n: number): string {
  if (/email/i.test(hint)) return `${mark}${n}@${mark}.test`;
  if (/password/i.test(hint)) return 'Password-123456';
  if (/slug/i.test(hint)) return `${mark}${n}`;
  if (/ocppId/i.test(hint)) return `${mark.toUpperCase()}_CP_${n}`;
  if (/^ocppVersion$/.test(hint)) return '1.6';
  if (/currency/i.test(hint)) return 'EUR';
  if (/timezone/i.test(hint)) return 'Europe/Berlin';
  if (/country/i.test(hint)) return 'DE';
  if (/domain/i.test(hint)) return `${mark}${n}.example.com`;
  if (/eventTypes/i.test(hint)) return 'charger.connected';
  if (/url/i.test(hint)) return `https://${mark}${n}.example.com/hook`;
  if (/idTag|^value$/i.test(hint)) return `${mark.toUpperCase()}${n}`;
  // Opening hours and tariff restrictions: times of day and dates in their formats, ends after starts.
  if (/^(from|startTime)$/.test(hint)) return '08:00';
  if (/^(to|endTime)$/.test(hint)) return '18:00';
  if (/^(date|startDate)$/.test(hint)) return '2099-01-01';
  if (/^endDate$/.test(hint)) return '2099-12-31';
  return `${mark}-${hint}-${n}`;
}

/** Argument names whose values identify a row without an id: B tries A's values in them. */
export const NATURAL_KEYS = /^(ocppId|idTag|value|email|slug|search)$/;

/** Values a tenant used, by argument name, so the attacker can replay them. */
export class StringBook {
  private n = 0;
  readonly used = new Map<string, string[]>();
  constructor(readonly mark: string) {}

  next(hint: string): string {
    const v = makeString(this.mark, hint, this.n++);
    if (!this.used.has(hint)) this.used.set(hint, []);
    this.used.get(hint)!.push(v);
    return v;
  }
}
