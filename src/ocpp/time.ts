/** What was odd about a timestamp a charger sent; null when it was plain RFC 3339. */
export type TimeQuirk = 'zoneless' | 'shortOffset' | 'spaceSeparator' | 'unparsable';

export interface ParsedTime {
  date: Date;
  quirk: TimeQuirk | null;
}

// date, 'T' or ' ', time with optional fraction, then Z, ±hh:mm, ±hhmm, ±hh or nothing.
const ISO = /^(\d{4}-\d{2}-\d{2})([Tt ])(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * OCPP 1.6 §3.14 wants ISO 8601 with a zone, "UTC strongly recommended". Real chargers send
 * `+03` (hour-only offsets), no zone at all, or a space for the `T`; ocpp-rpc's validator lets
 * them through and `new Date()` would read a zone-less time as local time. We read a zone-less
 * time as UTC and report each oddity so the caller can flag it.
 */
export function parseOcppTime(value: string, now: () => Date = () => new Date()): ParsedTime {
  const m = ISO.exec(value.trim());
  if (!m) return { date: now(), quirk: 'unparsable' };
  const [, day, sep, time, zone] = m;
  let quirk: TimeQuirk | null = sep === ' ' ? 'spaceSeparator' : null;
  let offset = zone ?? 'Z';
  if (!zone) quirk = 'zoneless';
  else if (/^[+-]\d{2}$/.test(zone)) {
    offset = `${zone}:00`;
    quirk = 'shortOffset';
  } else if (/^[+-]\d{4}$/.test(zone)) {
    offset = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    quirk = 'shortOffset';
  }
  const date = new Date(`${day}T${time}${offset.toUpperCase()}`);
  if (Number.isNaN(date.getTime())) return { date: now(), quirk: 'unparsable' };
  return { date, quirk };
}
