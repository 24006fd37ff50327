// Last line of defence: a render error shows a message and a reload, never a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18next from 'i18next';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="state state-error" role="alert">
        <h2>{i18next.t('error.crash')}</h2>
        <p dir="ltr" className="error-detail">
          <code>{this.state.error.message}</code>
        </p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {i18next.t('error.reload')}
        </button>
      </section>
    );
  }
}
