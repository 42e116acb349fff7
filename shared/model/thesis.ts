import { z } from 'zod';
import { entity, Id, Name, Text, Timestamp } from './common';

/** CX metric kinds (DOMAIN.md "CX metrics"); `custom` has no built-in range. */
export const METRIC_KINDS = ['nps', 'csat', 'ces', 'retention', 'churn', 'conversion', 'clv', 'custom'] as const;
export const MetricKind = z.enum(METRIC_KINDS);
export type MetricKind = z.infer<typeof MetricKind>;

export const METRIC_SIDES = ['customer', 'business'] as const;
export const MetricSide = z.enum(METRIC_SIDES);
export type MetricSide = z.infer<typeof MetricSide>;

export const DIRECTIONS = ['higher', 'lower'] as const;
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

/** Survey scores that can be computed from raw answers. */
export const SURVEY_METHODS = ['nps', 'csat', 'ces'] as const;
export const SurveyMethod = z.enum(SURVEY_METHODS);
export type SurveyMethod = z.infer<typeof SurveyMethod>;

/** Where a computed baseline came from, so a reader can trust (or redo) it. */
export const ComputedBaseline = z.looseObject({
  method: SurveyMethod,
  fileName: Text(255),
  column: Text(500),
  responses: z.number().int().min(0),
  malformedRows: z.number().int().min(0),
  blankAnswers: z.number().int().min(0),
  computedAt: Timestamp,
});
export type ComputedBaseline = z.infer<typeof ComputedBaseline>;

const FiniteNumber = z.number().finite();

export const Metric = z.looseObject({
  id: Id,
  name: Text(200),
  kind: MetricKind,
  side: MetricSide,
  baseline: FiniteNumber.optional(),
  target: FiniteNumber.optional(),
  unit: Text(40).optional(),
  direction: Direction,
  timeFrame: Text(200).optional(),
  dataSource: Text(500).optional(),
  /** A team member; when the member is removed the owner reads as "not set" (see analysis/coauthors). */
  ownerId: Id.optional(),
  computed: ComputedBaseline.optional(),
});
export type Metric = z.infer<typeof Metric>;

export const REVIEW_STATUSES = ['draft', 'inReview', 'approved', 'changesRequested'] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** Who did something, by member id, with the name as it was then: a record still reads after they leave the team. */
export const Signature = z.looseObject({ memberId: Id, name: Text(200), at: Timestamp });
export type Signature = z.infer<typeof Signature>;

/** The parts of a thesis a CMO approves; editing any of them after approval returns the thesis to draft. */
export const ThesisContent = z.looseObject({
  title: Name,
  personaIds: z.array(Id),
  statement: Text(5000),
  goal: Text(2000).optional(),
  feeling: Text(500).optional(),
  brandRole: Text(2000).optional(),
  coAuthorIds: z.array(Id).optional(),
  metrics: z.array(Metric).optional(),
});
export type ThesisContent = z.infer<typeof ThesisContent>;
export const CONTENT_KEYS = ['title', 'personaIds', 'statement', 'goal', 'feeling', 'brandRole', 'coAuthorIds', 'metrics'] as const;

/** What a reviewer's comment is about. */
export const COMMENT_FIELDS = ['general', 'title', 'personas', 'goal', 'feeling', 'brandRole', 'statement', 'coAuthors', 'metrics'] as const;
export const CommentField = z.enum(COMMENT_FIELDS);
export type CommentField = z.infer<typeof CommentField>;

export const ReviewComment = z.looseObject({
  id: Id,
  field: CommentField,
  /** For comments on one metric. */
  metricId: Id.optional(),
  text: Text(5000),
  author: Signature.optional(),
  at: Timestamp,
  resolved: z.boolean().optional(),
});
export type ReviewComment = z.infer<typeof ReviewComment>;

export const Review = z.looseObject({
  status: ReviewStatus,
  submitted: Signature.optional(),
  /** The last approval or request for changes. */
  decided: Signature.optional(),
  /** The content as last approved, kept when later edits return the thesis to draft. */
  approved: z.looseObject({ by: Signature, content: ThesisContent }).optional(),
});
export type Review = z.infer<typeof Review>;

export const Decision = z.looseObject({
  id: Id,
  /** The day it was decided, YYYY-MM-DD. */
  date: z.iso.date(),
  decision: Text(2000),
  /** DIRTT: does it relate to the thesis? */
  relates: z.boolean(),
  rationale: Text(5000),
  metricIds: z.array(Id).optional(),
});
export type Decision = z.infer<typeof Decision>;

/** Fields added after v1 are optional, so every v1 file stays valid as it is. */
export const Thesis = z.looseObject({
  ...entity,
  ...ThesisContent.shape,
  review: Review.optional(),
  comments: z.array(ReviewComment).optional(),
  decisions: z.array(Decision).optional(),
});
export type Thesis = z.infer<typeof Thesis>;
