import { Component, type ReactNode } from 'react';
import { i18next } from '../i18n';

interface Props {
  children: ReactNode;
  /** Changing this key clears the error (e.g. when the user navigates elsewhere). */
  resetKey: string;
  onBackToLibrary(): void;
}

/** A crash in one screen shows a readable message with a way out, never a blank window. */
export class ErrorBoundary extends Component<Props, { error: Error | null; key: string }> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error) {
    console.error('Touchstone screen crashed:', error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <div className="crash" role="alert">
        <h1>{t('app.crashed')}</h1>
        <p>{t('app.crashedDetail')}</p>
        <pre>{error.message}</pre>
        <div className="row">
          <button className="primary" onClick={this.props.onBackToLibrary}>
            {t('app.backToLibrary')}
          </button>
          <button onClick={() => location.reload()}>{t('app.reload')}</button>
        </div>
      </div>
    );
  }
}
