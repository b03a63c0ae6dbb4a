import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { i18n } from '../i18n';

interface State {
  failed: boolean;
}

/**
 * Last line of defence for rendering errors: a plain screen instead of a blank window. It logs
 * nothing (a message could contain case data) and offers a reload, which also clears memory.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Intentionally silent: see the class comment.
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="auth">
        <section className="card" role="alert" aria-labelledby="crash-title">
          <h1 id="crash-title" className="card__title">
            <Trans i18n={i18n} i18nKey="app.crashedTitle" />
          </h1>
          <p className="card__intro">
            <Trans i18n={i18n} i18nKey="app.crashedBody" />
          </p>
          <div className="form__actions">
            <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
              <Trans i18n={i18n} i18nKey="app.reload" />
            </button>
          </div>
        </section>
      </div>
    );
  }
}
