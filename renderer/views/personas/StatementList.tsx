import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addStatement, removeStatement, updateStatement } from '../../../shared/commands/personas';
import { EVIDENCE_SOURCES, type Evidence, type Persona, type StatementList as ListName } from '../../../shared/model/schema';
import { CommitInput } from '../../components/CommitInput';
import { useDocument } from '../../store/document';

/** 'assumption' or 'research:<source>' — one select covers both choices, easy from the keyboard. */
type EvidenceChoice = 'assumption' | `research:${(typeof EVIDENCE_SOURCES)[number]}`;

const choiceOf = (e: Evidence): EvidenceChoice => (e.kind === 'research' ? `research:${e.source}` : 'assumption');
function evidenceFrom(choice: EvidenceChoice, reference: string): Evidence {
  if (choice === 'assumption') return { kind: 'assumption' };
  return { kind: 'research', source: choice.slice('research:'.length) as (typeof EVIDENCE_SOURCES)[number], reference };
}

function EvidenceSelect({ value, onChange, label }: { value: EvidenceChoice; onChange(v: EvidenceChoice): void; label: string }) {
  const { t } = useTranslation();
  return (
    <select className={`evidence-select ${value === 'assumption' ? 'is-assumption' : 'is-research'}`} aria-label={label} value={value} onChange={(e) => onChange(e.target.value as EvidenceChoice)}>
      <option value="assumption">{t('persona.evidence.assumption')}</option>
      <optgroup label={t('persona.evidence.research')}>
        {EVIDENCE_SOURCES.map((s) => (
          <option key={s} value={`research:${s}`}>
            {t('persona.evidence.researchFrom', { source: t(`persona.evidence.source.${s}`) })}
          </option>
        ))}
      </optgroup>
    </select>
  );
}

/** One evidence-tagged list of a persona (goals, needs, pains or behaviours). */
export function StatementList({ persona, list }: { persona: Persona; list: ListName }) {
  const { t } = useTranslation();
  const run = useDocument((s) => s.run);
  const headingId = useId();
  const items = persona[list] ?? [];
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<EvidenceChoice>('assumption');
  const [reference, setReference] = useState('');
  const listName = t(`persona.lists.${list}`);

  return (
    <section className={`statement-list list-${list}`} aria-labelledby={headingId} data-testid={`statements-${list}`}>
      <h3 id={headingId}>
        {listName} <span className="count">{items.length}</span>
      </h3>
      {items.length === 0 && <p className="empty">{t('persona.noStatements')}</p>}
      <ol>
        {items.map((s, i) => {
          const label = `${listName} · ${t('persona.statement', { index: i + 1 })}`;
          return (
            <li key={s.id} className={`statement ${s.evidence.kind}`} data-testid="statement">
              <CommitInput
                className="statement-text"
                aria-label={label}
                value={s.text}
                onCommit={(value) => run(updateStatement, { personaId: persona.id, list, statementId: s.id, text: value })}
              />
              <div className="row statement-evidence">
                <EvidenceSelect
                  label={`${label} · ${t('persona.evidence.label')}`}
                  value={choiceOf(s.evidence)}
                  onChange={(v) =>
                    run(updateStatement, {
                      personaId: persona.id,
                      list,
                      statementId: s.id,
                      evidence: evidenceFrom(v, s.evidence.kind === 'research' ? s.evidence.reference : ''),
                    })
                  }
                />
                {s.evidence.kind === 'research' && (
                  <CommitInput
                    className="reference"
                    aria-label={`${label} · ${t('persona.evidence.reference')}`}
                    placeholder={t('persona.evidence.referencePlaceholder')}
                    value={s.evidence.reference}
                    onCommit={(value) =>
                      run(updateStatement, { personaId: persona.id, list, statementId: s.id, evidence: { ...(s.evidence as Evidence & { kind: 'research' }), reference: value } })
                    }
                  />
                )}
                <button className="icon danger" aria-label={`${listName} · ${t('persona.removeStatement', { index: i + 1 })}`} title={t('persona.removeStatement', { index: i + 1 })} onClick={() => run(removeStatement, { personaId: persona.id, list, statementId: s.id })}>
                  ✕
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <form
        className="add-statement"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          run(addStatement, { personaId: persona.id, list, text, evidence: evidenceFrom(choice, reference) });
          setText('');
          setReference('');
          setChoice('assumption'); // each statement's evidence is chosen anew, never inherited
          (e.currentTarget.elements.namedItem('text') as HTMLInputElement | null)?.focus();
        }}
      >
        <input name="text" aria-label={t(`persona.addTo.${list}`)} placeholder={t(`persona.addTo.${list}`)} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="row">
          <EvidenceSelect label={`${t(`persona.addTo.${list}`)} · ${t('persona.evidence.label')}`} value={choice} onChange={setChoice} />
          {choice !== 'assumption' && (
            <input
              className="reference"
              aria-label={`${t(`persona.addTo.${list}`)} · ${t('persona.evidence.reference')}`}
              placeholder={t('persona.evidence.referencePlaceholder')}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
          )}
          <button type="submit" disabled={!text.trim()}>
            ＋ {t('persona.addStatement')}
          </button>
        </div>
      </form>
    </section>
  );
}
