import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dirttCoverage, metricsOfThesis, type DirttItem, type DirttKind } from '../../../shared/analysis/dirtt';
import { addDecision, removeDecision, updateDecision } from '../../../shared/commands/decisions';
import { linkCard, linkJourney } from '../../../shared/commands/links';
import type { Thesis, Workspace } from '../../../shared/model/schema';
import { CommitInput } from '../../components/CommitInput';
import { useDocument } from '../../store/document';
import { today, useFormat } from './format';

const KINDS: DirttKind[] = ['journey', 'touchpoint', 'opportunity', 'decision'];

/** Links an item to a thesis, or (thesisId null) to metrics of the thesis it already relates to. */
function linkItem(ws: Workspace, item: DirttItem, thesisId: string | null, metricIds?: string[]) {
  const run = useDocument.getState().run;
  if (item.kind === 'journey') run(linkJourney, { journeyId: item.journeyId!, thesisId: thesisId ?? item.thesisId ?? null, metricIds });
  else if (item.cardId) {
    // Keep an inherited link inherited: only name the card's own thesis when it has one.
    const own = ws.journeys.find((j) => j.id === item.journeyId)?.cards.find((c) => c.id === item.cardId)?.thesisId;
    run(linkCard, { journeyId: item.journeyId!, cardId: item.cardId, thesisId: thesisId ?? own ?? null, metricIds });
  }
}

function ItemLabel({ item }: { item: DirttItem }) {
  const { t } = useTranslation();
  return (
    <span className="dirtt-item-label">
      <span className={`kind-tag kind-${item.kind}`}>{t(`thesis.dirtt.kinds.${item.kind}`)}</span>
      <span className="dirtt-text">{item.label || '—'}</span>
      {item.context && item.kind !== 'journey' && item.kind !== 'decision' && <span className="meta"> {t('thesis.dirtt.inJourney', { journey: item.context })}</span>}
      {item.kind === 'decision' && <span className="meta"> {t('thesis.dirtt.notRelates')}</span>}
    </span>
  );
}

function DecisionLog({ thesis }: { thesis: Thesis }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const run = useDocument((s) => s.run);
  const base = useId();
  const [date, setDate] = useState(today());
  const [decision, setDecision] = useState('');
  const [relates, setRelates] = useState(true);
  const [rationale, setRationale] = useState('');
  const [metricId, setMetricId] = useState('');
  const decisions = thesis.decisions ?? [];
  const metrics = thesis.metrics ?? [];
  const metricName = (id: string) => {
    const m = metrics.find((x) => x.id === id);
    return m ? m.name || t(`thesis.metric.kinds.${m.kind}`) : '';
  };
  return (
    <section className="decision-log" aria-labelledby={`${base}-h`}>
      <h3 id={`${base}-h`}>{t('thesis.dirtt.log')}</h3>
      {decisions.length === 0 ? (
        <p className="empty">{t('thesis.dirtt.noDecisions')}</p>
      ) : (
        <ol className="decisions">
          {decisions.map((d) => (
            <li key={d.id} className={d.relates ? 'decision relates' : 'decision not-relates'} data-testid="decision">
              <div className="row">
                <strong className="nowrap">{fmt.date(d.date)}</strong>
                <select
                  aria-label={`${t('thesis.dirtt.relates')} ${d.decision}`}
                  value={d.relates ? 'yes' : 'no'}
                  onChange={(e) => run(updateDecision, { thesisId: thesis.id, decisionId: d.id, patch: { relates: e.target.value === 'yes' } })}
                >
                  <option value="yes">✓ {t('thesis.dirtt.relatesYes')}</option>
                  <option value="no">✕ {t('thesis.dirtt.relatesNo')}</option>
                </select>
                <span className="spacer" />
                <button className="icon danger" aria-label={t('thesis.labelled', { label: t('thesis.dirtt.removeDecision'), value: d.decision })} title={t('thesis.dirtt.removeDecision')} onClick={() => run(removeDecision, { thesisId: thesis.id, decisionId: d.id })}>
                  ✕
                </button>
              </div>
              <CommitInput className="decision-text" aria-label={t('thesis.dirtt.decision')} value={d.decision} onCommit={(v) => run(updateDecision, { thesisId: thesis.id, decisionId: d.id, patch: { decision: v } })} />
              <CommitInput
                className="decision-rationale"
                aria-label={t('thesis.dirtt.rationale')}
                placeholder={t('thesis.dirtt.rationale')}
                value={d.rationale}
                onCommit={(v) => run(updateDecision, { thesisId: thesis.id, decisionId: d.id, patch: { rationale: v } })}
              />
              {d.metricIds && d.metricIds.length > 0 && (
                <span className="meta decision-metrics">
                  {t('thesis.labelled', { label: t('thesis.dirtt.decisionMetric'), value: d.metricIds.map(metricName).join(' · ') })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <form
        className="decision-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!decision.trim()) return;
          run(addDecision, { thesisId: thesis.id, date, decision, relates, rationale, metricIds: metricId ? [metricId] : [] });
          setDecision('');
          setRationale('');
          setRelates(true);
          setMetricId('');
        }}
      >
        <div className="row wrap">
          <label className="field">
            <span>{t('thesis.dirtt.date')}</span>
            <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="field grow">
            <span>{t('thesis.dirtt.decision')}</span>
            <input value={decision} onChange={(e) => setDecision(e.target.value)} />
          </label>
        </div>
        <fieldset className="relates">
          <legend>{t('thesis.dirtt.relates')}</legend>
          <label className="check">
            <input type="radio" name={`${base}-relates`} checked={relates} onChange={() => setRelates(true)} /> {t('thesis.dirtt.yes')}
          </label>
          <label className="check">
            <input type="radio" name={`${base}-relates`} checked={!relates} onChange={() => setRelates(false)} /> {t('thesis.dirtt.no')}
          </label>
        </fieldset>
        <label className="field">
          <span>{t('thesis.dirtt.rationale')}</span>
          <input value={rationale} onChange={(e) => setRationale(e.target.value)} />
        </label>
        {metrics.length > 0 && (
          <label className="field">
            <span>{t('thesis.dirtt.decisionMetric')}</span>
            <select value={metricId} onChange={(e) => setMetricId(e.target.value)}>
              <option value="">{t('thesis.dirtt.noDecisionMetric')}</option>
              {metrics.map((m) => (
                <option key={m.id} value={m.id}>
                  {metricName(m.id)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className="primary" disabled={!decision.trim() || !date}>
          ＋ {t('thesis.dirtt.addDecision')}
        </button>
      </form>
    </section>
  );
}

function Coverage() {
  const { t } = useTranslation();
  const ws = useDocument((s) => s.doc!.workspace);
  const base = useId();
  const c = dirttCoverage(ws);
  const thesisTitle = (id: string) => ws.theses.find((x) => x.id === id)?.title ?? '';
  return (
    <section className="dirtt-coverage" aria-labelledby={`${base}-u`} data-testid="dirtt-panel">
      <ul className="coverage-counts">
        {KINDS.map((k) => (
          <li key={k}>
            <strong>{t(`thesis.dirtt.kinds.${k}`)}</strong> {t('thesis.dirtt.coverage', c.counts[k])}
          </li>
        ))}
      </ul>
      {ws.journeys.length === 0 && <p className="hint">{t('thesis.dirtt.noJourneys')}</p>}

      <h3 id={`${base}-u`}>{t('thesis.dirtt.unlinked')}</h3>
      {c.unlinked.length === 0 ? (
        <p className="ok">✓ {t('thesis.dirtt.allLinked')}</p>
      ) : (
        <ul className="dirtt-list" data-testid="dirtt-unlinked">
          {c.unlinked.map((item) => (
            <li key={item.key}>
              <ItemLabel item={item} />
              {item.kind !== 'decision' && (
                <select aria-label={t('thesis.labelled', { label: t('thesis.dirtt.linkTo'), value: item.label })} value="" onChange={(e) => e.target.value && linkItem(ws, item, e.target.value)}>
                  <option value="">{t('thesis.dirtt.chooseThesis')}</option>
                  {ws.theses.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.title}
                    </option>
                  ))}
                </select>
              )}
            </li>
          ))}
        </ul>
      )}

      {c.noMetric.length > 0 && (
        <>
          <h3>{t('thesis.dirtt.noMetric')}</h3>
          <ul className="dirtt-list" data-testid="dirtt-no-metric">
            {c.noMetric.map((item) => {
              const metrics = metricsOfThesis(ws, item.thesisId);
              return (
                <li key={item.key}>
                  <ItemLabel item={item} />
                  <span className="meta">→ {thesisTitle(item.thesisId!)}</span>
                  {metrics.length > 0 && (
                    <select aria-label={t('thesis.labelled', { label: t('thesis.dirtt.linkMetric'), value: item.label })} value="" onChange={(e) => e.target.value && linkItem(ws, item, null, [e.target.value])}>
                      <option value="">{t('thesis.dirtt.chooseMetric')}</option>
                      {metrics.map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.name || t(`thesis.metric.kinds.${m.kind}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h3>{t('thesis.dirtt.unmeasured')}</h3>
      {c.unmeasured.length === 0 ? (
        <p className="ok">✓ {t('thesis.dirtt.allMeasured')}</p>
      ) : (
        <ul className="dirtt-list" data-testid="dirtt-unmeasured">
          {c.unmeasured.map((u) => (
            <li key={u.metricId}>
              <span className="flag">⚑</span> <strong>{u.name || '—'}</strong> <span className="meta">· {thesisTitle(u.thesisId)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function DirttTab({ thesis }: { thesis: Thesis }) {
  const { t } = useTranslation();
  return (
    <div className="dirtt-tab">
      <div className="dirtt-question">
        <p className="dirtt-acronym" aria-hidden="true">
          DIRTT
        </p>
        <div>
          <h2>{t('thesis.dirtt.question')}</h2>
          <p>{t('thesis.dirtt.explain')}</p>
        </div>
      </div>
      <div className="dirtt-grid">
        <DecisionLog thesis={thesis} />
        <Coverage />
      </div>
    </div>
  );
}
