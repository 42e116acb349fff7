import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renameWorkspace } from '../../shared/commands/workspace';
import { CommitInput } from '../components/CommitInput';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { SaveStatus } from '../components/SaveStatus';
import { useDocument } from '../store/document';
import { navigate, SECTIONS, type Section } from '../store/route';
import { SECTION_VIEWS } from './sections';
import { exportCopy, suggestedFileName } from '../exportCopy';
import { serializeWorkspaceFile, type WorkspaceFile } from '../../shared/format/file';
import { MENU_EVENT } from '../menu';
import { api } from '../api';

const NAV_HIDDEN_KEY = 'touchstone.navHidden';

export function WorkspaceView({ section }: { section: Section }) {
  const { t } = useTranslation();
  const doc = useDocument((s) => s.doc)!;
  const canUndo = useDocument((s) => s.history.past.length > 0);
  const canRedo = useDocument((s) => s.history.future.length > 0);
  const conflict = useDocument((s) => s.conflictNotice);
  const { run, undo, redo, dismissConflict } = useDocument.getState();
  const [notice, setNotice] = useState<string | null>(null);
  // On a 1280×720 projector the map wants every pixel: the section list can be folded away.
  const [navHidden, setNavHidden] = useState(() => localStorage.getItem(NAV_HIDDEN_KEY) === '1');
  const toggleNav = () => {
    localStorage.setItem(NAV_HIDDEN_KEY, navHidden ? '0' : '1');
    setNavHidden(!navHidden);
  };
  const SectionView = SECTION_VIEWS[section];

  const exportNow = async () => {
    try {
      const path = await exportCopy(useDocument.getState().doc!);
      if (path) setNotice(t('exportCopy.done', { path }));
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  };

  // Electron's File menu: Export a copy, or Save As (export, then keep working in the new file).
  useEffect(() => {
    const onMenu = async (e: Event) => {
      const action = (e as CustomEvent<string>).detail;
      if (action === 'export') void exportNow();
      if (action === 'saveAs') {
        await useDocument.getState().flush();
        const doc = useDocument.getState().doc!;
        const text = serializeWorkspaceFile({ ...doc.wrapper, workspace: doc.workspace } as WorkspaceFile);
        const opened = await api['dialog.saveAs']({ suggestedName: suggestedFileName(doc.workspace.name), text });
        if (opened?.ok) {
          useDocument.getState().load(opened);
          navigate({ screen: 'workspace', ref: opened.ref, section });
        }
      }
    };
    window.addEventListener(MENU_EVENT, onMenu);
    return () => window.removeEventListener(MENU_EVENT, onMenu);
  });

  return (
    <div className="workspace">
      <header className="topbar">
        <button
          className="nav-toggle"
          aria-label={t('nav.toggle')}
          title={t('nav.toggle')}
          aria-expanded={!navHidden}
          onClick={toggleNav}
        >
          ☰
        </button>
        <button className="back" onClick={() => navigate({ screen: 'home' })}>
          ← {t('nav.library')}
        </button>
        <CommitInput
          className="title-input"
          aria-label={t('workspace.name')}
          value={doc.workspace.name}
          onCommit={(name) => run(renameWorkspace, { name })}
        />
        <SaveStatus />
        <div className="row">
          <button onClick={undo} disabled={!canUndo} title={`${t('edit.undo')} (Ctrl+Z)`}>
            ↶ {t('edit.undo')}
          </button>
          <button onClick={redo} disabled={!canRedo} title={`${t('edit.redo')} (Ctrl+Shift+Z)`}>
            ↷ {t('edit.redo')}
          </button>
        </div>
        <button onClick={() => void exportNow()}>{t('exportCopy.button')}</button>
        <LanguageSwitcher />
      </header>
      {notice && (
        <div className="banner info" role="status">
          {notice}
          <button onClick={() => setNotice(null)}>{t('fileError.dismiss')}</button>
        </div>
      )}
      {conflict && (
        <div className="banner warning" role="alert">
          {t('status.conflict')}
          <button onClick={dismissConflict}>{t('fileError.dismiss')}</button>
        </div>
      )}
      <div className="workspace-body">
        <nav className="sidebar" aria-label={t('app.name')} hidden={navHidden}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s}>
                <button
                  className={s === section ? 'active' : ''}
                  aria-current={s === section ? 'page' : undefined}
                  onClick={() => navigate({ screen: 'workspace', ref: doc.ref, section: s })}
                >
                  {t(`nav.${s}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className={`content content-${section}`}>
          <SectionView />
        </main>
      </div>
    </div>
  );
}
