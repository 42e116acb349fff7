import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { canDo, statusOf } from '../../../shared/analysis/review';
import { approveThesis, requestChanges, submitThesis, withdrawThesis } from '../../../shared/commands/review';
import type { Member, Thesis } from '../../../shared/model/schema';
import { useDocument } from '../../store/document';
import { useFormat } from './format';

export function ReviewerSelect({ members, value, onChange, label }: { members: Member[]; value: string; onChange(id: string): void; label: string }) {
  const { t } = useTranslation();
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('thesis.actions.chooseReviewer')}</option>
      {members.map((m) => (
        <option key={m.id} value={m.id}>
          {t('thesis.memberLabel', { name: m.name, function: t(`functions.${m.function}`) })}
        </option>
      ))}
    </select>
  );
}

/** The review step buttons that fit the current status, and who decided last. */
export function ReviewActions({ thesis, reviewerId, onReviewer, blocked }: { thesis: Thesis; reviewerId: string; onReviewer(id: string): void; blocked: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const members = useDocument((s) => s.doc!.workspace.members);
  const run = useDocument((s) => s.run);
  const noteId = useId();
  const status = statusOf(thesis);
  const reviewer = members.find((m) => m.id === reviewerId);
  const decided = thesis.review?.decided;

  return (
    <div className="review-actions">
      {canDo(status, 'submit') && (
        <>
          <button className="primary" disabled={blocked} aria-describedby={blocked ? noteId : undefined} onClick={() => run(submitThesis, { id: thesis.id })}>
            {t('thesis.actions.submit')}
          </button>
          {blocked && (
            <span className="field-error" id={noteId}>
              {t('thesis.actions.fixIssues')}
            </span>
          )}
        </>
      )}
      {status === 'inReview' && (
        <>
          <ReviewerSelect members={members} value={reviewerId} onChange={onReviewer} label={t('thesis.actions.reviewer')} />
          <button className="primary approve" disabled={!reviewer} aria-describedby={noteId} onClick={() => run(approveThesis, { id: thesis.id, memberId: reviewerId })}>
            ✓ {t('thesis.actions.approve')}
          </button>
          <button disabled={!reviewer} aria-describedby={noteId} onClick={() => run(requestChanges, { id: thesis.id, memberId: reviewerId })}>
            {t('thesis.actions.requestChanges')}
          </button>
          <button onClick={() => run(withdrawThesis, { id: thesis.id })}>{t('thesis.actions.withdraw')}</button>
          {!reviewer && (
            <span className="hint" id={noteId}>
              {t('thesis.actions.needReviewer')}
            </span>
          )}
        </>
      )}
      {decided && (status === 'approved' || status === 'changesRequested') && (
        <span className="decided" data-testid="review-decided">
          {t(status === 'approved' ? 'thesis.approvedBy' : 'thesis.changesRequestedBy', { name: decided.name, date: fmt.dateTime(decided.at) })}
        </span>
      )}
    </div>
  );
}
