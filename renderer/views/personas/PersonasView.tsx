import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPersona, duplicatePersona, movePersona, removePersona } from '../../../shared/commands/personas';
import type { Workspace } from '../../../shared/model/schema';
import { useDocument } from '../../store/document';
import { UndoToast } from '../../components/UndoToast';
import { PersonaCard } from './PersonaCard';
import { PersonaEditor } from './PersonaEditor';
import { useReloadState } from './reloadState';

/** The persona gallery; a card's Edit opens the editor in place. */
export function PersonasView() {
  const { t } = useTranslation();
  const ws = useDocument((s) => s.doc!.workspace);
  const run = useDocument((s) => s.run);
  // The open persona stays open across a reload of the page.
  const [editing, setEditing] = useReloadState('persona');
  const [name, setName] = useState('');
  const [deleted, setDeleted] = useState<{ name: string; after: Workspace } | null>(null);
  const focusAfter = useRef<string | null>(null);

  // Keyboard focus follows the work: back on the card that was edited or moved (UndoToast takes it after a delete).
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    document.querySelector<HTMLElement>(target)?.focus();
  });
  // The undo offer only stands while the delete is the last change.
  const deletedNotice = deleted && deleted.after === ws ? deleted : null;

  const persona = editing ? ws.personas.find((p) => p.id === editing) : undefined;
  if (persona) {
    return (
      <PersonaEditor
        persona={persona}
        index={ws.personas.indexOf(persona)}
        count={ws.personas.length}
        onBack={() => {
          focusAfter.current = `[data-persona="${persona.id}"] .edit-persona`;
          setEditing(null);
        }}
      />
    );
  }

  const create = (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    run(addPersona, { name });
    setName('');
    const added = useDocument.getState().doc!.workspace.personas.at(-1);
    if (added) setEditing(added.id);
  };

  return (
    <section className="personas">
      <header className="section-head">
        <div>
          <h1>{t('nav.personas')}</h1>
          <p className="hint">{t('persona.intro')}</p>
        </div>
        <form className="row add-persona" onSubmit={create}>
          <input aria-label={t('persona.newName')} placeholder={t('persona.newName')} value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="primary">
            ＋ {t('persona.add')}
          </button>
        </form>
      </header>
      {deletedNotice && <UndoToast message={t('persona.deleted', { name: deletedNotice.name })} onClose={() => setDeleted(null)} />}
      {ws.personas.length === 0 ? (
        <p className="empty">{t('persona.empty')}</p>
      ) : (
        <ul className="persona-gallery" aria-label={t('nav.personas')}>
          {ws.personas.map((p, i) => (
            <PersonaCard
              key={p.id}
              persona={p}
              index={i}
              count={ws.personas.length}
              onEdit={() => setEditing(p.id)}
              onDuplicate={() => {
                run(duplicatePersona, { id: p.id, name: t('persona.copyName', { name: p.name }) });
                const copy = useDocument.getState().doc!.workspace.personas[i + 1];
                if (copy) focusAfter.current = `[data-persona="${copy.id}"] .edit-persona`;
              }}
              onMove={(by) => {
                run(movePersona, { id: p.id, to: i + by });
                focusAfter.current = `[data-persona="${p.id}"] .move-${by < 0 ? 'earlier' : 'later'}:not(:disabled), [data-persona="${p.id}"] .edit-persona`;
              }}
              onDelete={() => {
                run(removePersona, { id: p.id });
                setDeleted({ name: p.name, after: useDocument.getState().doc!.workspace });
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
