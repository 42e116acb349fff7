import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dirttCoverage } from '../../../shared/analysis/dirtt';
import { validateMetric } from '../../../shared/analysis/metricValidation';
import { changedSinceApproval, statusOf } from '../../../shared/analysis/review';
import { removeThesis, updateThesis } from '../../../shared/commands/theses';
import type { Thesis } from '../../../shared/model/schema';
import { CommitInput } from '../../components/CommitInput';
import { useDocument } from '../../store/document';
import { DirttTab } from './DirttTab';
import { MetricsTab } from './MetricsTab';
import { ReviewActions } from './ReviewActions';
import { ReviewTab } from './ReviewTab';
import { StatementTab } from './StatementTab';
import { Tabs } from './Tabs';
import { useReloadState } from '../personas/reloadState';

const TABS = ['statement', 'metrics', 'review', 'dirtt'] as const;
export type ThesisTab = (typeof TABS)[number];

export { changedSinceApproval };

export function ThesisEditor({ thesis, onDeleted }: { thesis: Thesis; onDeleted(title: string): void }) {
  const { t } = useTranslation();
  const ws = useDocument((s) => s.doc!.workspace);
  const run = useDocument((s) => s.run);
  const [savedTab, setSavedTab] = useReloadState(`thesisTab.${thesis.id}`);
  const tab: ThesisTab = TABS.find((x) => x === savedTab) ?? 'statement';
  const setTab = (k: ThesisTab) => setSavedTab(k === 'statement' ? null : k);
  const [reviewerId, setReviewerId] = useState('');
  const status = statusOf(thesis);
  const metricIssues = (thesis.metrics ?? []).some((m) => validateMetric(m).length > 0);
  const openComments = (thesis.comments ?? []).filter((c) => !c.resolved).length;
  const unlinked = dirttCoverage(ws).unlinked.length;
  const backToDraft = status === 'draft' && changedSinceApproval(thesis);

  return (
    <article className="thesis-editor" data-testid="thesis-editor" data-status={status}>
      <div className="thesis-head">
        <label className="thesis-title">
          <span className="visually-hidden">{t('thesis.fields.title')}</span>
          <CommitInput className="title-field" aria-label={t('thesis.fields.title')} value={thesis.title} onCommit={(title) => run(updateThesis, { id: thesis.id, patch: { title } })} />
        </label>
        <span className={`status-badge status-${status}`} data-testid="thesis-status">
          {t(`thesis.status.${status}`)}
        </span>
        <ReviewActions thesis={thesis} reviewerId={reviewerId} onReviewer={setReviewerId} blocked={metricIssues} onShowComments={() => setTab('review')} />
      </div>
      {backToDraft && (
        <div className="banner warning" role="status">
          {t('thesis.backToDraft')}
          <button onClick={() => setTab('review')}>{t('thesis.review.compare')}</button>
        </div>
      )}
      <Tabs<ThesisTab>
        label={thesis.title}
        active={tab}
        onChange={setTab}
        tabs={[
          { key: 'statement', label: t('thesis.tabs.statement') },
          { key: 'metrics', label: t('thesis.tabs.metrics', { count: thesis.metrics?.length ?? 0 }), badge: metricIssues ? <span className="dot warn" aria-hidden="true" /> : null },
          { key: 'review', label: t('thesis.tabs.review', { count: openComments }) },
          { key: 'dirtt', label: t('thesis.tabs.dirtt'), badge: unlinked ? <span className="count-badge">{unlinked}</span> : null },
        ]}
      >
        {tab === 'statement' && <StatementTab thesis={thesis} />}
        {tab === 'metrics' && <MetricsTab thesis={thesis} />}
        {tab === 'review' && <ReviewTab thesis={thesis} reviewerId={reviewerId} onReviewer={setReviewerId} />}
        {tab === 'dirtt' && <DirttTab thesis={thesis} />}
      </Tabs>
      <div className="thesis-foot">
        <button
          className="danger"
          onClick={() => {
            run(removeThesis, { id: thesis.id });
            onDeleted(thesis.title);
          }}
        >
          {t('thesis.delete')}
        </button>
      </div>
    </article>
  );
}
