import { describe, expect, it } from 'vitest';
import { addComment, approveThesis, requestChanges, setCommentResolved, submitThesis, withdrawThesis } from './review';
import { updateThesis } from './theses';
import { runValid, testContext, T1 } from './testing';
import { wearableWorkshop } from './thesisTesting';

const status = (ws: ReturnType<typeof wearableWorkshop>) => ws.theses[0].review?.status;

describe('review commands', () => {
  it('draft → in review → approved records who approved, when, and the approved content', () => {
    let ws = runValid(submitThesis, wearableWorkshop(), { id: 't1', memberId: 'mUx' });
    expect(ws.theses[0].review).toMatchObject({ status: 'inReview', submitted: { memberId: 'mUx', name: '王芳', at: T1 } });
    ws = runValid(approveThesis, ws, { id: 't1', memberId: 'mCmo' });
    const review = ws.theses[0].review!;
    expect(review.status).toBe('approved');
    expect(review.decided).toEqual({ memberId: 'mCmo', name: '刘敏', at: T1 });
    expect(review.approved!.by.name).toBe('刘敏');
    expect(review.approved!.content).toMatchObject({ title: '掌握健康', goal: '每天掌握自己的健康状况', personaIds: ['p1'] });
    expect(review.approved!.content.metrics).toHaveLength(2);
  });

  it('edit after approval → draft, approved version kept; approving again replaces it', () => {
    let ws = runValid(submitThesis, wearableWorkshop(), { id: 't1' });
    ws = runValid(approveThesis, ws, { id: 't1', memberId: 'mCmo' });
    ws = runValid(updateThesis, ws, { id: 't1', patch: { feeling: '放心' } });
    expect(status(ws)).toBe('draft');
    expect(ws.theses[0].review!.approved!.content.feeling).toBe('安心、有掌控感');
    ws = runValid(submitThesis, ws, { id: 't1' });
    ws = runValid(approveThesis, ws, { id: 't1', memberId: 'mCmo' });
    expect(ws.theses[0].review!.approved!.content.feeling).toBe('放心');
  });

  it('request changes, resubmit; withdraw from review', () => {
    let ws = runValid(submitThesis, wearableWorkshop(), { id: 't1' });
    ws = runValid(requestChanges, ws, { id: 't1', memberId: 'mCmo' });
    expect(status(ws)).toBe('changesRequested');
    expect(ws.theses[0].review!.decided!.name).toBe('刘敏');
    ws = runValid(submitThesis, ws, { id: 't1' });
    expect(status(ws)).toBe('inReview');
    ws = runValid(withdrawThesis, ws, { id: 't1' });
    expect(status(ws)).toBe('draft');
  });

  it('steps not allowed in the current status, or approval without a known member, change nothing', () => {
    const ws = wearableWorkshop();
    expect(approveThesis.apply(ws, { id: 't1', memberId: 'mCmo' }, testContext())).toBe(ws);
    expect(withdrawThesis.apply(ws, { id: 't1' }, testContext())).toBe(ws);
    const inReview = runValid(submitThesis, ws, { id: 't1' });
    expect(approveThesis.apply(inReview, { id: 't1', memberId: 'ghost' }, testContext())).toBe(inReview);
    expect(submitThesis.apply(inReview, { id: 't1' }, testContext())).toBe(inReview);
  });

  it('comments attach to a field or a metric, with the author; they can be resolved; blank is ignored', () => {
    let ws = runValid(addComment, wearableWorkshop(), { thesisId: 't1', field: 'feeling', text: ' 再具体一点 ', memberId: 'mCmo' });
    ws = runValid(addComment, ws, { thesisId: 't1', field: 'general', metricId: 'mNps', text: '基线来源？', id: 'k2' });
    expect(ws.theses[0].comments).toEqual([
      { id: 'n1', field: 'feeling', text: '再具体一点', author: { memberId: 'mCmo', name: '刘敏', at: T1 }, at: T1 },
      { id: 'k2', field: 'metrics', metricId: 'mNps', text: '基线来源？', at: T1 },
    ]);
    expect(addComment.apply(ws, { thesisId: 't1', field: 'goal', text: '  ' }, testContext())).toBe(ws);
    ws = runValid(setCommentResolved, ws, { thesisId: 't1', commentId: 'n1', resolved: true });
    expect(ws.theses[0].comments![0].resolved).toBe(true);
  });

  it('comments do not change the review status or an approved thesis', () => {
    let ws = runValid(submitThesis, wearableWorkshop(), { id: 't1' });
    ws = runValid(approveThesis, ws, { id: 't1', memberId: 'mCmo' });
    ws = runValid(addComment, ws, { thesisId: 't1', field: 'statement', text: '很好' });
    expect(status(ws)).toBe('approved');
  });
});
