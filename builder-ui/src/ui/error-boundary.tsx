/**
 * Keeps one broken panel from blanking the page: while an officer types JSON, the definition can
 * briefly be malformed in ways a section cannot draw; the panel says so and recovers on the next edit.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** Changing this value clears the error (e.g. the definition being edited). */
  resetKey: unknown;
  fallback: ReactNode;
  children: ReactNode;
}

/** Catches render errors of its children. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
