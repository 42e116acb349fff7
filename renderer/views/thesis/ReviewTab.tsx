import { useId, useState } from 'react';
import type { Locale } from '../../../shared/api/contract';
import { changedSinceApproval } from '../../../shared/analysis/review';
import { joinNames } from '../../../shared/analysis/thesisSentence';
import { useTranslation } from 'react-i18next';
import { addComment, setCommentResolved } from '../../../shared/commands/review';
import { COMMENT_FIELDS, type CommentField, type Metric, type Thesis, type ThesisContent } from '../../../shared/model/schema';
import { useDocument } from '../../store/document';
import { useFormat } from './format';
import { ReviewerSelect } from './ReviewActions';
import { useComposedSentence } from './StatementTab';

/** Comment target: a field, or `metric:<id>` for one metric. */
type Target = CommentField | `metric:${string}`;

function fieldLabel(t: (k: string, o?: Record<string, unknown>) => string, field: CommentField): string {
  return field === 'general' ? t('thesis.review.general') : t(`thesis.fields.${field}`);
}

function Comparison({ thesis }: { thesis: Thesis }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useDocument((s) => s.doc!.workspace);
  const approved = thesis.review!.approved!;
  const current: ThesisContent = thesis;
  const before: ThesisContent = approved.content;
  const sentenceBefore = useComposedSentence(before);
  const sentenceNow = useComposedSentence(current);
  const names = (ids: string[] | undefined, list: { id: string; name: string }[]) =>
    joinNames((ids ?? []).map((id) => list.find((x) => x.id === id)?.name ?? '—'), fmt.locale as Locale);
  const metricLine = (m: Metric) =>
    t('thesis.labelled', {
      label: m.name || t(`thesis.metric.kinds.${m.kind}`),
      value: [
        m.unit
          ? t('thesis.withUnit', { value: t('thesis.metric.summary', { baseline: fmt.number(m.baseline), target: fmt.number(m.target) }), unit: m.unit })
          : t('thesis.metric.summary', { baseline: fmt.number(m.baseline), target: fmt.number(m.target) }),
        m.timeFrame,
      ]
        .filter(Boolean)
        .join(' · '),
    });
  const rows: { key: string; label: string; a: string; b: string }[] = [
    { key: 'composed', label: t('thesis.composed'), a: sentenceBefore, b: sentenceNow },
    { key: 'title', label: t('thesis.fields.title'), a: before.title, b: current.title },
    { key: 'personas', label: t('thesis.fields.personas'), a: names(before.personaIds, ws.personas), b: names(current.personaIds, ws.personas) },
    { key: 'goal', label: t('thesis.fields.goal'), a: before.goal ?? '', b: current.goal ?? '' },
    { key: 'feeling', label: t('thesis.fields.feeling'), a: before.feeling ?? '', b: current.feeling ?? '' },
    { key: 'brandRole', label: t('thesis.fields.brandRole'), a: before.brandRole ?? '', b: current.brandRole ?? '' },
    { key: 'statement', label: t('thesis.fields.statement'), a: before.statement, b: current.statement },
    { key: 'coAuthors', label: t('thesis.fields.coAuthors'), a: names(before.coAuthorIds, ws.members), b: names(current.coAuthorIds, ws.members) },
    { key: 'metrics', label: fieldLabel(t, 'metrics'), a: (before.metrics ?? []).map(metricLine).join('\n'), b: (current.metrics ?? []).map(metricLine).join('\n') },
  ];
  return (
    <section className="comparison" data-testid="approved-comparison">
      <h3>{t('thesis.review.compare')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('thesis.review.field')}</th>
            <th scope="col">{t('thesis.review.approvedVersion', { date: fmt.dateTime(approved.by.at), name: approved.by.name })}</th>
            <th scope="col">{t('thesis.review.currentVersion')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const changed = r.a !== r.b;
            return (
              <tr key={r.key} className={changed ? 'changed' : ''} data-testid={`compare-${r.key}`}>
                <th scope="row">
                  {r.label}
                  {changed && <span className="changed-badge">{t('thesis.review.changed')}</span>}
                </th>
                <td>{r.a || '—'}</td>
                <td>{r.b || '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function ReviewTab({ thesis, reviewerId, onReviewer }: { thesis: Thesis; reviewerId: string; onReviewer(id: string): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useDocument((s) => s.doc!.workspace);
  const run = useDocument((s) => s.run);
  const base = useId();
  const [target, setTarget] = useState<Target>('general');
  const [text, setText] = useState('');
  const comments = thesis.comments ?? [];
  const metrics = thesis.metrics ?? [];
  const targetLabel = (field: CommentField, metricId?: string) => {
    const m = metricId ? metrics.find((x) => x.id === metricId) : undefined;
    return m ? t('thesis.review.aboutMetric', { name: m.name || t(`thesis.metric.kinds.${m.kind}`) }) : fieldLabel(t, field);
  };

  return (
    <div className="review-tab">
      <section className="comments" aria-labelledby={`${base}-c`}>
        <h3 id={`${base}-c`}>{t('thesis.review.comments')}</h3>
        <form
          className="comment-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            const metricId = target.startsWith('metric:') ? target.slice(7) : undefined;
            run(addComment, { thesisId: thesis.id, field: metricId ? 'metrics' : (target as CommentField), metricId, text, memberId: reviewerId || undefined });
            setText('');
          }}
        >
          <div className="row wrap">
            <label className="field">
              <span>{t('thesis.review.about')}</span>
              <select value={target} onChange={(e) => setTarget(e.target.value as Target)}>
                {COMMENT_FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {fieldLabel(t, f)}
                  </option>
                ))}
                {metrics.map((m) => (
                  <option key={m.id} value={`metric:${m.id}`}>
                    {targetLabel('metrics', m.id)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('thesis.review.author')}</span>
              <ReviewerSelect members={ws.members} value={reviewerId} onChange={onReviewer} label={t('thesis.review.author')} />
            </label>
          </div>
          <label className="field">
            <span>{t('thesis.review.text')}</span>
            <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={!text.trim()}>
            {t('thesis.review.add')}
          </button>
        </form>
        {comments.length === 0 ? (
          <p className="empty">{t('thesis.review.noComments')}</p>
        ) : (
          <ul className="comment-list">
            {[...comments].reverse().map((c) => (
              <li key={c.id} className={c.resolved ? 'resolved' : ''} data-testid="comment">
                <p className="comment-about">{t('thesis.review.on', { field: targetLabel(c.field, c.metricId) })}</p>
                <p className="comment-text">{c.text}</p>
                <p className="meta">
                  {t('thesis.review.by', { name: c.author?.name ?? t('thesis.review.anonymous'), date: fmt.dateTime(c.at) })}
                  {c.resolved && <span className="tag research"> {t('thesis.review.resolved')}</span>}
                </p>
                <button onClick={() => run(setCommentResolved, { thesisId: thesis.id, commentId: c.id, resolved: !c.resolved })}>
                  {c.resolved ? t('thesis.review.reopen') : t('thesis.review.resolve')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {thesis.review?.approved &&
        (changedSinceApproval(thesis) ? (
          <Comparison thesis={thesis} />
        ) : (
          <p className="hint matches-approved" data-testid="matches-approved">
            {t('thesis.review.matchesApproved')}
          </p>
        ))}
    </div>
  );
}
