import { useEffect, useId, useRef, useState } from 'react';
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
export function ReviewActions({
  thesis,
  reviewerId,
  onReviewer,
  blocked,
  onShowComments,
}: {
  thesis: Thesis;
  reviewerId: string;
  onReviewer(id: string): void;
  blocked: boolean;
  onShowComments?(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const members = useDocument((s) => s.doc!.workspace.members);
  const run = useDocument((s) => s.run);
  const noteId = useId();
  const status = statusOf(thesis);
  const reviewer = members.find((m) => m.id === reviewerId);
  const decided = thesis.review?.decided;
  const openComments = (thesis.comments ?? []).filter((c) => !c.resolved).length;
  // Approving over open comments takes a second, explicit step.
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const approveRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) approveRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  useEffect(() => {
    if (status !== 'inReview' || openComments === 0) setConfirming(false);
  }, [status, openComments]);
  const approve = () => run(approveThesis, { id: thesis.id, memberId: reviewerId });

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
          {confirming && reviewer ? (
            <div
              className="approve-confirm"
              role="group"
              aria-labelledby={`${noteId}-confirm`}
              data-testid="approve-confirm"
              onKeyDown={(e) => {
                if (e.key === 'Escape') setConfirming(false);
              }}
            >
              <span className="field-error" id={`${noteId}-confirm`}>
                {t('thesis.review.confirmApprove', { count: openComments })}
              </span>
              <button ref={confirmRef} className="primary approve" onClick={approve}>
                ✓ {t('thesis.review.approveAnyway')}
              </button>
              <button onClick={() => setConfirming(false)}>{t('thesis.review.cancelApprove')}</button>
              {onShowComments && (
                <button
                  className="link"
                  onClick={() => {
                    setConfirming(false);
                    onShowComments();
                  }}
                >
                  {t('thesis.review.showComments')}
                </button>
              )}
            </div>
          ) : (
            <>
              <button
                ref={approveRef}
                className="primary approve"
                disabled={!reviewer}
                aria-describedby={[noteId, openComments > 0 ? `${noteId}-open` : ''].filter(Boolean).join(' ')}
                onClick={() => (openComments > 0 ? setConfirming(true) : approve())}
              >
                ✓ {t('thesis.actions.approve')}
              </button>
              {openComments > 0 && (
                <span className="open-comments count-badge warn" id={`${noteId}-open`} data-testid="open-comments">
                  {t('thesis.review.openCount', { count: openComments })}
                </span>
              )}
            </>
          )}
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
