import type { ReactNode } from 'react';
import { humanStatus, statusTone } from '../format';

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge ${statusTone(status)}`}>{humanStatus(status)}</span>;
}

export function OnlineBadge({ online }: { online: boolean }) {
  return <span className={`badge ${online ? 'ok' : 'off'}`}>{online ? 'Online' : 'Offline'}</span>;
}

export function Stat({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="stat card">
      <div className="label">{label}</div>
      <div className="value" data-testid={testId}>
        {value}
      </div>
      {hint && <div className="hint">{hint}</div>}
    </div>
  );
}

export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="card section">
      <div className="section-head">
        <h2>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** A query's loading and error state, so every page says the same thing the same way. */
export function QueryState({ loading, error }: { loading: boolean; error?: { message: string } | undefined }) {
  if (error)
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );
  if (loading) return <p className="muted">Loading…</p>;
  return null;
}
