import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * What a rendering error shows instead of a blank page: React unmounts the whole tree on an error
 * nothing catches. Around each page (keyed by its path, so going elsewhere starts afresh) the
 * navigation stays usable; around the app it is the last resort.
 */
export class ErrorBoundary extends Component<{ what: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`${this.props.what} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="card crashed" role="alert">
        <h2>{this.props.what} could not be shown</h2>
        <p className="mono small">{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
