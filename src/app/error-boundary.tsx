import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Keeps one page's failure from blanking the whole app: says what happened and that nothing saved is lost. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('A page failed', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="govuk-main-wrapper" id="main-content">
        <h1 className="govuk-heading-l">Sorry, this page could not be shown</h1>
        <p className="govuk-body">Everything saved before this is still saved. Go back and try again; if it happens again, note what you were doing.</p>
        <p className="govuk-body">The problem: {this.state.error.message}</p>
      </main>
    );
  }
}
