import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dirttCoverage } from '../../../shared/analysis/dirtt';
import { normaliseNumberText } from '../../../shared/analysis/surveyScores';
import { validateMetric, type MetricIssue } from '../../../shared/analysis/metricValidation';
import { addMetric, moveMetric, removeMetric, updateMetric, type MetricPatch } from '../../../shared/commands/metrics';
import { DIRECTIONS, METRIC_KINDS, METRIC_SIDES, SURVEY_METHODS, type Metric, type MetricKind, type SurveyMethod, type Thesis } from '../../../shared/model/schema';
import { CommitInput } from '../../components/CommitInput';
import { useDocument } from '../../store/document';
import { CsvImport } from './CsvImport';
import { FieldComments } from './FieldComments';
import { useFormat } from './format';

const isSurvey = (k: MetricKind): k is SurveyMethod => (SURVEY_METHODS as readonly string[]).includes(k);

/** A number as typed: full-width digits, thousands separators, a trailing % and a typographic minus are fine. */
export function parseNumber(text: string): number | null | undefined {
  const s = normaliseNumberText(text).replace(/[，,\s]/g, '').replace(/[%％]$/, '').replace(/^[−–]/, '-');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function MetricEditor({ thesis, metric: m, index, count, unmeasured }: { thesis: Thesis; metric: Metric; index: number; count: number; unmeasured: boolean }) {
  const { t } = useTranslation();
  const members = useDocument((s) => s.doc!.workspace.members);
  const run = useDocument((s) => s.run);
  const [importing, setImporting] = useState(false);
  const base = useId();
  const fmt = useFormat();
  const issues = validateMetric(m);
  const issuesFor = (field: MetricIssue['field']) => issues.filter((i) => i.field === field);
  const update = (patch: MetricPatch) => run(updateMetric, { thesisId: thesis.id, metricId: m.id, patch });
  const heading = t('thesis.metric.heading', { index: index + 1 });

  const errorText = (field: MetricIssue['field']) => {
    const list = issuesFor(field);
    return list.length ? (
      <span className="field-error" id={`${base}-${field}-error`} role="alert">
        {list.map((i) => t(`thesis.metricIssue.${i.code}`)).join(' ')}
      </span>
    ) : null;
  };
  const numberField = (field: 'baseline' | 'target') => (
    <label className="field">
      <span>{t(`thesis.metric.${field}`)}</span>
      <CommitInput
        inputMode="decimal"
        aria-invalid={issuesFor(field).length > 0}
        aria-describedby={issuesFor(field).length ? `${base}-${field}-error` : undefined}
        value={m[field] === undefined ? '' : String(m[field])}
        onCommit={(text) => {
          const n = parseNumber(text);
          if (n !== undefined) update({ [field]: n });
        }}
      />
      {errorText(field)}
    </label>
  );
  const textField = (field: 'unit' | 'timeFrame' | 'dataSource', wide = false) => (
    <label className={wide ? 'field wide' : 'field'}>
      <span>{t(`thesis.metric.${field}`)}</span>
      <CommitInput value={m[field] ?? ''} onCommit={(v) => update({ [field]: v.trim() ? v : null })} />
    </label>
  );

  return (
    <li className={`metric-card${issues.length ? ' has-issues' : ''}`} data-testid="metric" aria-labelledby={`${base}-h`}>
      <div className="metric-head">
        <h3 id={`${base}-h`}>
          {heading} <span className="metric-kind-badge">{t(`thesis.metric.kinds.${m.kind}`)}</span>
        </h3>
        {(m.baseline !== undefined || m.target !== undefined) && (
          <span className="metric-summary" data-testid="metric-summary">
            {t('thesis.metric.summary', { baseline: fmt.number(m.baseline), target: fmt.number(m.target) })}
            {m.unit ? ` ${m.unit}` : ''}
          </span>
        )}
        {unmeasured && (
          <span className="flag" data-testid="unmeasured-flag">
            <span aria-hidden="true">⚑ </span>
            {t('thesis.metric.unmeasured')}
          </span>
        )}
        <span className="spacer" />
        <button className="icon" onClick={() => run(moveMetric, { thesisId: thesis.id, metricId: m.id, by: -1 })} disabled={index === 0} aria-label={`${heading}: ${t('thesis.metric.moveUp')}`} title={t('thesis.metric.moveUp')}>
          ▲
        </button>
        <button className="icon" onClick={() => run(moveMetric, { thesisId: thesis.id, metricId: m.id, by: 1 })} disabled={index === count - 1} aria-label={`${heading}: ${t('thesis.metric.moveDown')}`} title={t('thesis.metric.moveDown')}>
          ▼
        </button>
        <button className="danger" onClick={() => run(removeMetric, { thesisId: thesis.id, metricId: m.id })} aria-label={`${heading}: ${t('thesis.metric.remove')}`}>
          {t('thesis.metric.remove')}
        </button>
      </div>
      <div className="metric-grid">
        <label className="field wide">
          <span>{t('thesis.metric.name')}</span>
          <CommitInput value={m.name} aria-invalid={issuesFor('name').length > 0} onCommit={(name) => update({ name })} />
          {errorText('name')}
        </label>
        <label className="field">
          <span>{t('thesis.metric.kind')}</span>
          <select value={m.kind} onChange={(e) => update({ kind: e.target.value as MetricKind })}>
            {METRIC_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`thesis.metric.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('thesis.metric.side')}</span>
          <select value={m.side} onChange={(e) => update({ side: e.target.value as Metric['side'] })}>
            {METRIC_SIDES.map((s) => (
              <option key={s} value={s}>
                {t(`thesis.metric.sides.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {numberField('baseline')}
        {numberField('target')}
        {textField('unit')}
        <label className="field">
          <span>{t('thesis.metric.direction')}</span>
          <select value={m.direction} onChange={(e) => update({ direction: e.target.value as Metric['direction'] })}>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`thesis.metric.directions.${d}`)}
              </option>
            ))}
          </select>
        </label>
        {textField('timeFrame')}
        {textField('dataSource')}
        <label className="field wide">
          <span>{t('thesis.metric.owner')}</span>
          <select value={members.some((x) => x.id === m.ownerId) ? m.ownerId : ''} onChange={(e) => update({ ownerId: e.target.value || null })}>
            <option value="">{t('thesis.metric.noOwner')}</option>
            {members.map((x) => (
              <option key={x.id} value={x.id}>
                {t('thesis.memberLabel', { name: x.name, function: t(`functions.${x.function}`) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {m.computed && (
        <p className="computed-note" data-testid="computed-note">
          {t('thesis.metric.computedFrom', {
            file: m.computed.fileName,
            column: m.computed.column,
            responses: m.computed.responses,
            malformed: m.computed.malformedRows,
            blank: m.computed.blankAnswers,
          })}
        </p>
      )}
      <FieldComments thesis={thesis} field="metrics" metricId={m.id} />
      {isSurvey(m.kind) &&
        (importing ? (
          <CsvImport thesisId={thesis.id} metric={m} method={m.kind} onDone={() => setImporting(false)} />
        ) : (
          <button className="compute" onClick={() => setImporting(true)}>
            {t('thesis.metric.compute')}
          </button>
        ))}
    </li>
  );
}

export function MetricsTab({ thesis }: { thesis: Thesis }) {
  const { t } = useTranslation();
  const ws = useDocument((s) => s.doc!.workspace);
  const run = useDocument((s) => s.run);
  const [kind, setKind] = useState<MetricKind>('nps');
  const metrics = thesis.metrics ?? [];
  const unmeasured = new Set(dirttCoverage(ws).unmeasured.map((u) => u.metricId));
  return (
    <div className="metrics-tab">
      <FieldComments thesis={thesis} field="metrics" />
      {metrics.length === 0 && <p className="empty">{t('thesis.metric.none')}</p>}
      <ol className="metric-list">
        {metrics.map((m, i) => (
          <MetricEditor key={m.id} thesis={thesis} metric={m} index={i} count={metrics.length} unmeasured={unmeasured.has(m.id)} />
        ))}
      </ol>
      <form
        className="row add-metric"
        onSubmit={(e) => {
          e.preventDefault();
          run(addMetric, { thesisId: thesis.id, kind, name: t(`thesis.metric.kinds.${kind}`) });
          // Put the keyboard in the new metric's name field.
          setTimeout(() => document.querySelector<HTMLInputElement>('.metric-card:last-child .metric-grid input')?.focus());
        }}
      >
        <select aria-label={t('thesis.metric.newKind')} value={kind} onChange={(e) => setKind(e.target.value as MetricKind)}>
          {METRIC_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`thesis.metric.kinds.${k}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="primary">
          ＋ {t('thesis.metric.add')}
        </button>
      </form>
    </div>
  );
}
