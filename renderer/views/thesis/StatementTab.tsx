import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/api/contract';
import { coAuthorCoverage } from '../../../shared/analysis/coauthors';
import { composeThesisSentence } from '../../../shared/analysis/thesisSentence';
import { setCoAuthors, setThesisPersonas, updateThesis, type ThesisTextField } from '../../../shared/commands/theses';
import type { Thesis } from '../../../shared/model/schema';
import { useDocument } from '../../store/document';
import { FieldComments } from './FieldComments';
import { LiveText } from './LiveText';

/** The thesis sentence composed from its parts in the current language. */
export function useComposedSentence(thesis: Pick<Thesis, 'personaIds' | 'goal' | 'feeling' | 'brandRole'>): string {
  const { t, i18n } = useTranslation();
  const personas = useDocument((s) => s.doc!.workspace.personas);
  const names = thesis.personaIds.map((id) => personas.find((p) => p.id === id)?.name).filter((n): n is string => !!n);
  return composeThesisSentence(t, i18n.language as Locale, { personaNames: names, goal: thesis.goal, feeling: thesis.feeling, brandRole: thesis.brandRole });
}

export function StatementTab({ thesis }: { thesis: Thesis }) {
  const { t } = useTranslation();
  const ws = useDocument((s) => s.doc!.workspace);
  const run = useDocument((s) => s.run);
  const composedId = useId();
  const sentence = useComposedSentence(thesis);
  const coverage = coAuthorCoverage(thesis, ws.members);

  const text = (field: Exclude<ThesisTextField, 'title'>, rows: number) => {
    const hintId = `${composedId}-${field}-hint`;
    return (
      <div className="field thesis-field">
        <label htmlFor={`${composedId}-${field}`}>{t(`thesis.fields.${field}`)}</label>
        <p className="hint" id={hintId}>
          {t(`thesis.hints.${field}`)}
        </p>
        <LiveText
          id={`${composedId}-${field}`}
          rows={rows}
          aria-describedby={hintId}
          value={thesis[field] ?? ''}
          onChange={(value) => run(updateThesis, { id: thesis.id, patch: { [field]: value } }, { mergeKey: `thesis:${thesis.id}:${field}` })}
        />
        <FieldComments thesis={thesis} field={field} />
      </div>
    );
  };

  return (
    <div className="statement-tab">
      <figure className="composed" aria-labelledby={`${composedId}-label`}>
        <figcaption id={`${composedId}-label`}>{t('thesis.composed')}</figcaption>
        <blockquote data-testid="composed-sentence" aria-live="polite">
          {sentence}
        </blockquote>
        <button onClick={() => run(updateThesis, { id: thesis.id, patch: { statement: sentence } })} disabled={thesis.statement === sentence}>
          {t('thesis.useComposed')}
        </button>
      </figure>
      <div className="statement-grid">
        <div className="statement-fields">
          <fieldset className="persona-links">
            <legend>{t('thesis.fields.personas')}</legend>
            <p className="hint">{t('thesis.hints.personas')}</p>
            {ws.personas.length === 0 ? (
              <p className="empty">{t('thesis.noPersonas')}</p>
            ) : (
              <div className="checks">
                {ws.personas.map((p) => {
                  const on = thesis.personaIds.includes(p.id);
                  return (
                    <label key={p.id} className="check">
                      <input
                        type="checkbox"
                        checked={on}
                        onChange={() =>
                          run(setThesisPersonas, {
                            id: thesis.id,
                            personaIds: on ? thesis.personaIds.filter((x) => x !== p.id) : ws.personas.filter((x) => x.id === p.id || thesis.personaIds.includes(x.id)).map((x) => x.id),
                          })
                        }
                      />
                      {p.name}
                    </label>
                  );
                })}
              </div>
            )}
            {ws.personas.length > 0 && thesis.personaIds.length === 0 && <p className="field-error">{t('thesis.needPersona')}</p>}
            <FieldComments thesis={thesis} field="personas" />
          </fieldset>
          {text('goal', 2)}
          {text('feeling', 1)}
          {text('brandRole', 2)}
          {text('statement', 3)}
        </div>
        <fieldset className="coauthors">
          <legend>{t('thesis.fields.coAuthors')}</legend>
          <p className="hint">{t('thesis.coAuthorsHint')}</p>
          {ws.members.length === 0 ? (
            <p className="empty">{t('thesis.noMembers')}</p>
          ) : (
            <div className="checks column">
              {ws.members.map((m) => {
                const on = thesis.coAuthorIds?.includes(m.id) ?? false;
                return (
                  <label key={m.id} className="check">
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={() =>
                        run(setCoAuthors, {
                          id: thesis.id,
                          memberIds: on ? (thesis.coAuthorIds ?? []).filter((x) => x !== m.id) : [...(thesis.coAuthorIds ?? []), m.id],
                        })
                      }
                    />
                    {t('thesis.memberLabel', { name: m.name, function: t(`functions.${m.function}`) })}
                  </label>
                );
              })}
            </div>
          )}
          {coverage.missing.length > 0 ? (
            <p className="missing-functions" role="status" data-testid="missing-functions">
              <span aria-hidden="true">⚠ </span>
              {t('thesis.missingFunctions', { functions: coverage.missing.map((f) => t(`functions.${f}`)).join(' · ') })}
            </p>
          ) : (
            <p className="all-functions" role="status">
              <span aria-hidden="true">✓ </span>
              {t('thesis.allFunctions')}
            </p>
          )}
          <FieldComments thesis={thesis} field="coAuthors" />
        </fieldset>
      </div>
    </div>
  );
}
