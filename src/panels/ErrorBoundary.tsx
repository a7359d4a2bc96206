import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What failed, in words: "the details panel", "the route overlays". */
  what: string;
  /** Renders the message; gets the way out (retry) to offer. */
  fallback: (message: string, retry: () => void) => ReactNode;
  /** When this changes (another selection, say), a failed part is tried again. */
  resetKey?: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetKey?: string;
}

/** Catches a rendering fault in one part of the app, says what failed, and keeps the rest alive. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<ErrorBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error) {
    console.warn(`${this.props.what} failed:`, error.message);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return this.props.fallback(`Sorry, ${this.props.what} could not be shown (${error.message}).`, () => this.setState({ error: null }));
  }
}
