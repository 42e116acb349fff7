import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryListing, OpenResult, RecentEntry, TemplateInfo } from '../../shared/api/contract';
import { api, isElectron } from '../api';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { describeOpenError, formatDateTime } from '../format';
import { useDocument } from '../store/document';
import { navigate } from '../store/route';
import { MENU_EVENT } from '../menu';

type Failed = Extract<OpenResult, { ok: false }>;

interface Props {
  openFailure: Failed | null;
  onFailure(failure: Failed): void;
  onDismissFailure(): void;
}

function openResult(result: OpenResult, onFailure: (f: Failed) => void) {
  if (result.ok) {
    useDocument.getState().load(result);
    navigate({ screen: 'workspace', ref: result.ref, section: 'overview' });
  } else {
    onFailure(result);
  }
}

export function Home({ openFailure, onFailure, onDismissFailure }: Props) {
  const { t } = useTranslation();
  const [listing, setListing] = useState<LibraryListing>({ entries: [], trash: [] });
  const [recents, setRecents] = useState<RecentEntry[]>([]);
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [libraryDir, setLibraryDir] = useState('');
  const [creating, setCreating] = useState<{ templateId?: string; name: string } | null>(null);
  const [renaming, setRenaming] = useState<{ ref: string; name: string } | null>(null);
  const [notice, setNotice] = useState<{ text: string; trashId?: string } | null>(null);
  const [busyError, setBusyError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    try {
      const [l, r, tpl, info] = await Promise.all([
        api['library.list']({}),
        api['recent.list']({}),
        api['library.templates']({}),
        api['app.info']({}),
      ]);
      setListing(l);
      setRecents(r);
      setTemplates(tpl);
      setLibraryDir(info.libraryDir);
    } catch (e) {
      setBusyError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => void refresh(), [refresh]);

  const guard = (work: () => Promise<void>) => async () => {
    setBusyError(null);
    try {
      await work();
    } catch (e) {
      setBusyError(e instanceof Error ? e.message : String(e));
    }
    await refresh();
  };

  const create = guard(async () => {
    if (!creating) return;
    const name = creating.name.trim() || t('home.defaultName');
    setCreating(null);
    openResult(await api['library.create']({ name, templateId: creating.templateId }), onFailure);
  });

  const importFile = async (file: File) => {
    setBusyError(null);
    onDismissFailure();
    try {
      const text = await file.text();
      openResult(await api['library.import']({ fileName: file.name, text }), onFailure);
    } catch (e) {
      setBusyError(e instanceof Error ? e.message : String(e));
    }
    await refresh();
  };

  const openDialog = guard(async () => {
    const result = await api['dialog.open']({});
    if (result) openResult(result, onFailure);
  });

  useEffect(() => {
    const onMenu = (e: Event) => {
      const action = (e as CustomEvent<string>).detail;
      if (action === 'new') setCreating({ name: '' });
      if (action === 'import') fileInput.current?.click();
      if (action === 'open') void openDialog();
    };
    window.addEventListener(MENU_EVENT, onMenu);
    return () => window.removeEventListener(MENU_EVENT, onMenu);
  });

  return (
    <div className="home">
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true">◆</span> {t('app.name')}
        </div>
        <p className="tagline">{t('app.tagline')}</p>
        <LanguageSwitcher />
      </header>

      <main className="home-main">
        {openFailure && (
          <OpenFailurePanel failure={openFailure} onFailure={onFailure} onDismiss={onDismissFailure} />
        )}
        {busyError && (
          <div className="banner error" role="alert">
            {busyError}
            <button onClick={() => setBusyError(null)}>{t('fileError.dismiss')}</button>
          </div>
        )}
        {notice && (
          <div className="banner info" role="status">
            {notice.text}
            {notice.trashId && (
              <button
                className="primary"
                onClick={guard(async () => {
                  await api['library.restore']({ trashId: notice.trashId! });
                  setNotice(null);
                })}
              >
                {t('home.restore')}
              </button>
            )}
            <button onClick={() => setNotice(null)}>{t('fileError.dismiss')}</button>
          </div>
        )}

        <section className="actions">
          <h1>{t('home.title')}</h1>
          <div className="row wrap">
            <button className="primary big" onClick={() => setCreating({ name: '' })}>
              ＋ {t('home.newBlank')}
            </button>
            <button className="big" onClick={() => fileInput.current?.click()}>
              {t('home.importFile')}
            </button>
            {isElectron && (
              <button className="big" onClick={() => void openDialog()}>
                {t('home.openFile')}
              </button>
            )}
            <input
              ref={fileInput}
              type="file"
              accept=".touchstone,application/json"
              hidden
              data-testid="import-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void importFile(file);
              }}
            />
          </div>
          {creating && (
            <form
              className="create-form"
              onSubmit={(e) => {
                e.preventDefault();
                void create();
              }}
            >
              <label>
                {t('home.namePrompt')}
                <input
                  autoFocus
                  value={creating.name}
                  placeholder={t('home.defaultName')}
                  onChange={(e) => setCreating({ ...creating, name: e.target.value })}
                />
              </label>
              <button type="submit" className="primary">
                {t('home.create')}
              </button>
              <button type="button" onClick={() => setCreating(null)}>
                {t('home.cancel')}
              </button>
            </form>
          )}
        </section>

        <div className="home-grid">
          <div className="home-left">
        {recents.length > 0 && (
          <section>
            <h2>{t('home.recent')}</h2>
            <ul className="list">
              {recents.map((r) => (
                <li key={r.ref} className={r.exists ? '' : 'muted'}>
                  <button
                    className="link"
                    disabled={!r.exists}
                    onClick={() => navigate({ screen: 'workspace', ref: r.ref, section: 'overview' })}
                  >
                    {r.name ?? r.ref}
                  </button>
                  <span className="meta">{r.exists ? formatDateTime(r.openedAt) : t('home.missing')}</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section>
          <h2>{t('home.library')}</h2>
          {listing.entries.length === 0 ? (
            <p className="empty">{t('home.empty')}</p>
          ) : (
            <ul className="cards library">
              {listing.entries.map((entry) => (
                <li key={entry.ref} className={`card ${entry.problem ? 'damaged' : ''}`} data-testid="library-entry">
                  {renaming?.ref === entry.ref ? (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        const { name } = renaming;
                        setRenaming(null);
                        void guard(async () => void (await api['library.rename']({ ref: entry.ref, name })))();
                      }}
                    >
                      <input
                        autoFocus
                        aria-label={t('home.rename')}
                        value={renaming.name}
                        onChange={(e) => setRenaming({ ...renaming, name: e.target.value })}
                      />
                      <button type="submit">{t('home.rename')}</button>
                    </form>
                  ) : (
                    <button
                      className="card-title link"
                      onClick={() => navigate({ screen: 'workspace', ref: entry.ref, section: 'overview' })}
                    >
                      {entry.name ?? entry.fileName}
                    </button>
                  )}
                  <span className="meta">
                    {entry.problem ? t('home.unreadable') : t('home.updated', { when: formatDateTime(entry.updatedAt) })}
                  </span>
                  <div className="row small">
                    <button onClick={guard(async () => void (await api['library.duplicate']({ ref: entry.ref })))}>
                      {t('home.duplicate')}
                    </button>
                    {!entry.problem && (
                      <button onClick={() => setRenaming({ ref: entry.ref, name: entry.name ?? '' })}>
                        {t('home.rename')}
                      </button>
                    )}
                    <button
                      className="danger"
                      onClick={guard(async () => {
                        const trashed = await api['library.trash']({ ref: entry.ref });
                        setNotice({ text: t('home.deletedToast', { name: entry.name ?? entry.fileName }), trashId: trashed.trashId });
                      })}
                    >
                      {t('home.delete')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>

          </div>
          <aside className="home-right">
          {templates.length > 0 && (
            <div className="templates">
              <h2>{t('home.newFromTemplate')}</h2>
              <ul className="cards">
                {templates.map((tpl) => (
                  <li key={tpl.templateId} className="card template">
                    <strong>{tpl.name}</strong>
                    <p>{tpl.description}</p>
                    <button onClick={() => setCreating({ templateId: tpl.templateId, name: tpl.name })}>
                      {t('home.useTemplate')}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        {listing.trash.length > 0 && (
          <section>
            <h2>{t('home.trash')}</h2>
            <ul className="list">
              {listing.trash.map((item) => (
                <li key={item.trashId}>
                  <span>{item.name ?? item.fileName}</span>
                  <span className="meta">{formatDateTime(item.deletedAt)}</span>
                  <button
                    onClick={guard(async () => {
                      await api['library.restore']({ trashId: item.trashId });
                      setNotice(null);
                    })}
                  >
                    {t('home.restore')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
          </aside>
        </div>
        {libraryDir && <p className="meta footer">{t('home.libraryAt', { dir: libraryDir })}</p>}
      </main>
    </div>
  );
}

function OpenFailurePanel({
  failure,
  onFailure,
  onDismiss,
}: {
  failure: Failed;
  onFailure(f: Failed): void;
  onDismiss(): void;
}) {
  const { t } = useTranslation();
  const newest = failure.backups[0];
  return (
    <div className="banner error open-failure" role="alert">
      <h2>{t('fileError.openFailed', { name: failure.fileName })}</h2>
      <ul>
        {describeOpenError(failure.error).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {failure.ref && newest ? (
        <>
          <p>{t('fileError.backupOffered', { when: formatDateTime(newest.savedAt) })}</p>
          <button
            className="primary"
            onClick={async () => {
              onDismiss();
              openResult(await api['doc.restoreBackup']({ ref: failure.ref!, backupId: newest.backupId }), onFailure);
            }}
          >
            {t('fileError.restoreBackup')}
          </button>
        </>
      ) : (
        failure.ref && <p>{t('fileError.noBackup')}</p>
      )}
      <button onClick={onDismiss}>{t('fileError.dismiss')}</button>
    </div>
  );
}
