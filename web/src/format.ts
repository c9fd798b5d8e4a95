// How numbers read on screen: "7.4 kW", "12.3 kWh", "€4.20", "3 min ago".

export function formatPower(watts: number | null | undefined): string {
  if (watts == null || !Number.isFinite(watts)) return '—';
  if (Math.abs(watts) < 1000) return `${Math.round(watts)} W`;
  return `${(watts / 1000).toFixed(1)} kW`;
}

export function formatEnergy(wh: number | null | undefined): string {
  if (wh == null || !Number.isFinite(wh)) return '—';
  if (Math.abs(wh) < 1000) return `${Math.round(wh)} Wh`;
  return `${(wh / 1000).toFixed(wh < 100_000 ? 2 : 1)} kWh`;
}

export function formatMoney(money: { amount: string; currency: string } | null | undefined): string {
  if (!money) return '—';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: money.currency }).format(
      Number(money.amount),
    );
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay ? d.toLocaleTimeString() : d.toLocaleString();
}

export function formatAgo(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return 'never';
  const s = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} d ago`;
}

/** CHARGING -> "Charging", SUSPENDED_EV -> "Suspended EV"; nothing -> "Unknown" (a frame may carry no status). */
export function humanStatus(status: string | null | undefined): string {
  const words = (status ?? '')
    .toLowerCase()
    .split(/[_\s]+/)
    .filter(Boolean);
  if (words.length === 0) return 'Unknown';
  return words
    .map((w, i) => (i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w.length <= 3 ? w.toUpperCase() : w))
    .join(' ');
}

/** Which look a status gets: ok (green), busy (blue), warn (amber), bad (red), off (grey). */
export function statusTone(status: string): 'ok' | 'busy' | 'warn' | 'bad' | 'off' {
  const s = status.toUpperCase().replace(/\s+/g, '_');
  // A charger's answer to a command reads the same way: it will do it (ok) or it will not (bad).
  if (['AVAILABLE', 'ACCEPTED', 'COMPLETED', 'UNLOCKED', 'SCHEDULED', 'REBOOTREQUIRED'].includes(s)) return 'ok';
  if (s === 'CHARGING' || s === 'ACTIVE' || s === 'PREPARING' || s === 'FINISHING' || s === 'PENDING') return 'busy';
  if (s.startsWith('SUSPENDED') || s === 'RESERVED' || s === 'OFFLINE') return 'warn';
  if (['FAULTED', 'FAILED', 'REJECTED', 'UNLOCKFAILED', 'NOTSUPPORTED', 'TIMED_OUT'].includes(s)) return 'bad';
  return 'off';
}
