import { useEffect, useState } from 'react';
import type { Workspace } from '../../../shared/model/schema';
import { useTranslation } from 'react-i18next';
import { statusOf } from '../../../shared/analysis/review';
import { addThesis } from '../../../shared/commands/theses';
import { useDocument } from '../../store/document';
import { UndoToast } from '../../components/UndoToast';
import { useReloadState } from '../personas/reloadState';
import { ThesisEditor } from './ThesisEditor';

/** Experience theses: a picker when there are several, and the editor of the chosen one. */
export function ThesisView() {
  const { t } = useTranslation();
  const ws = useDocument((s) => s.doc!.workspace);
  const run = useDocument((s) => s.run);
  const [selected, setSelected] = useReloadState('thesis');
  const [title, setTitle] = useState('');
  const [deleted, setDeleted] = useState<{ title: string; after: Workspace } | null>(null);
  // The undo offer only stands while the delete is the last change.
  const deletedNotice = deleted && deleted.after === ws ? deleted : null;
  const thesis = ws.theses.find((x) => x.id === selected) ?? ws.theses[0];
  useEffect(() => {
    if (selected && !ws.theses.some((x) => x.id === selected)) setSelected(null);
  }, [selected, ws.theses]);

  return (
    <section className="thesis-view">
      <header className="section-head">
        <div>
          <h1>{t('nav.thesis')}</h1>
          {ws.theses.length === 0 && <p className="hint">{t('thesis.intro')}</p>}
        </div>
        <form
          className="row add-thesis"
          onSubmit={(e) => {
            e.preventDefault();
            if (!title.trim()) return;
            run(addThesis, { title, personaIds: ws.personas.length === 1 ? [ws.personas[0].id] : [] });
            setTitle('');
            setSelected(useDocument.getState().doc!.workspace.theses.at(-1)?.id ?? null);
          }}
        >
          <input aria-label={t('thesis.newTitle')} placeholder={t('thesis.newTitle')} value={title} onChange={(e) => setTitle(e.target.value)} />
          <button type="submit" className="primary">
            ＋ {t('thesis.add')}
          </button>
        </form>
      </header>
      {deletedNotice && <UndoToast message={t('thesis.deleted', { title: deletedNotice.title })} onClose={() => setDeleted(null)} />}
      {ws.theses.length > 1 && (
        <nav className="thesis-picker" aria-label={t('thesis.list')}>
          {ws.theses.map((x) => (
            <button key={x.id} className={x.id === thesis?.id ? 'active' : ''} aria-current={x.id === thesis?.id ? 'true' : undefined} onClick={() => setSelected(x.id)}>
              {x.title} <span className={`status-badge small status-${statusOf(x)}`}>{t(`thesis.status.${statusOf(x)}`)}</span>
            </button>
          ))}
        </nav>
      )}
      {thesis ? <ThesisEditor key={thesis.id} thesis={thesis} onDeleted={(t) => setDeleted({ title: t, after: useDocument.getState().doc!.workspace })} /> : <p className="empty">{t('thesis.empty')}</p>}
    </section>
  );
}
