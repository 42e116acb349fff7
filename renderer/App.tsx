import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenResult } from '../shared/api/contract';
import { api, bridge } from './api';
import { ErrorBoundary } from './components/ErrorBoundary';
import { commitPendingDrafts } from './drafts';
import { chooseLocale } from './components/LanguageSwitcher';
import { applyLocale } from './i18n';
import { MENU_EVENT } from './menu';
import { useDocument } from './store/document';
import { navigate, useRoute } from './store/route';
import { Home } from './views/Home';
import { WorkspaceView } from './views/WorkspaceView';

type Failed = Extract<OpenResult, { ok: false }>;

export function App() {
  const { t } = useTranslation();
  const route = useRoute((s) => s.route);
  const docRef = useDocument((s) => s.doc?.ref);
  const [openFailure, setOpenFailure] = useState<Failed | null>(null);
  const [loadingRef, setLoadingRef] = useState<string | null>(null);

  useEffect(() => {
    api['settings.get']({})
      .then((s) => s.locale && applyLocale(s.locale))
      .catch((e) => console.warn('settings unavailable', e));
  }, []);

  useGlobalShortcuts();
  useMenuActions();
  useOpenRequests();
  useWarnBeforeUnload();

  // The route names the document; open it when it is not the one loaded (a reload, a link, Back).
  useEffect(() => {
    if (route.screen !== 'workspace') {
      if (docRef) void useDocument.getState().close();
      return;
    }
    if (route.ref === docRef || route.ref === loadingRef) return;
    setLoadingRef(route.ref);
    void (async () => {
      await useDocument.getState().flush();
      const result = await api['doc.open']({ ref: route.ref }).catch(
        (e: unknown): Failed => ({
          ok: false,
          ref: route.ref,
          fileName: route.ref,
          error: { kind: 'io', message: e instanceof Error ? e.message : String(e) },
          backups: [],
        }),
      );
      setLoadingRef(null);
      if (result.ok) {
        useDocument.getState().load(result);
      } else {
        setOpenFailure(result);
        navigate({ screen: 'home' });
      }
    })();
  }, [route, docRef, loadingRef]);

  const showWorkspace = route.screen === 'workspace' && docRef === route.ref;
  return (
    <ErrorBoundary resetKey={JSON.stringify(route)} onBackToLibrary={() => navigate({ screen: 'home' })}>
      {showWorkspace ? (
        <WorkspaceView section={route.section} />
      ) : route.screen === 'workspace' ? (
        <div className="loading" aria-busy="true">
          {t('app.name')}…
        </div>
      ) : (
        <Home openFailure={openFailure} onDismissFailure={() => setOpenFailure(null)} onFailure={setOpenFailure} />
      )}
    </ErrorBoundary>
  );
}

function isEditableTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo; text fields keep their own undo while typing. */
function useGlobalShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isEditableTarget(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        useDocument.getState().undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        useDocument.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The Electron application menu sends actions; the browser host has none. */
function useMenuActions() {
  useEffect(
    () =>
      bridge.onMenuAction((action) => {
        const doc = useDocument.getState();
        if (action === 'undo') doc.undo();
        else if (action === 'redo') doc.redo();
        else if (action.startsWith('locale:')) void chooseLocale(action.slice(7) as 'en');
        else {
          // Library actions happen on the home screen; go there first, then let the screen act.
          if (action === 'new' || action === 'import' || action === 'open') navigate({ screen: 'home' });
          setTimeout(() => window.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: action })));
        }
      }),
    [],
  );
}

/** Files the main side was asked to open (launch argument, second launch, Open Recent): open the newest. */
function useOpenRequests() {
  useEffect(() => {
    const take = async () => {
      const refs = await api['app.takeOpenRequests']({}).catch(() => []);
      const ref = refs.at(-1);
      if (ref) navigate({ screen: 'workspace', ref, section: 'overview' });
    };
    void take();
    return bridge.onOpenRequest(() => void take());
  }, []);
}

function useWarnBeforeUnload() {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      commitPendingDrafts();
      const state = useDocument.getState().saveState;
      if (state === 'unsaved' || state === 'saving' || state === 'error') {
        void useDocument.getState().flush();
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
