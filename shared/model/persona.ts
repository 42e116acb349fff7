import { z } from 'zod';
import { entity, Id, Name, Text } from './common';
import { Channel } from './journey';

/** Where a research-backed statement comes from. */
export const EVIDENCE_SOURCES = ['interview', 'survey', 'analytics', 'supportLogs', 'other'] as const;
export const EvidenceSource = z.enum(EVIDENCE_SOURCES);
export type EvidenceSource = z.infer<typeof EvidenceSource>;

/**
 * Gartner: personas must rest on research, not internal opinion. Every statement says which it is:
 * research-backed (with its source and a reference a reader can follow) or an assumption to be tested.
 */
export const Evidence = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('research'), source: EvidenceSource, reference: Text(1000) }),
  z.looseObject({ kind: z.literal('assumption') }),
]);
export type Evidence = z.infer<typeof Evidence>;

export const Statement = z.looseObject({ id: Id, text: Text(2000), evidence: Evidence });
export type Statement = z.infer<typeof Statement>;

/** The evidence-tagged statement lists of a persona. */
export const STATEMENT_LISTS = ['goals', 'needs', 'pains', 'behaviours'] as const;
export type StatementList = (typeof STATEMENT_LISTS)[number];

/**
 * The avatar is a small picture resized in the renderer (256×256) and kept inside the document as a
 * data URL, so a workshop file stays one self-contained file. The cap keeps a file with a few dozen
 * personas small; a 256×256 JPEG is typically 15–40 kB.
 */
export const AVATAR_MAX_CHARS = 300_000;
export const AvatarDataUrl = z
  .string()
  .max(AVATAR_MAX_CHARS, 'avatar image is too large')
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/, 'must be a PNG, JPEG or WebP data URL');

export const Demographics = z.looseObject({
  age: Text(100).optional(),
  gender: Text(100).optional(),
  location: Text(200).optional(),
  occupation: Text(200).optional(),
  income: Text(200).optional(),
  family: Text(200).optional(),
});
export type Demographics = z.infer<typeof Demographics>;
export const DEMOGRAPHIC_FIELDS = ['age', 'gender', 'location', 'occupation', 'income', 'family'] as const;
export type DemographicField = (typeof DEMOGRAPHIC_FIELDS)[number];

/** Fields added after v1 are optional, so every v1 file stays valid as it is. */
export const Persona = z.looseObject({
  ...entity,
  name: Name,
  role: Text(200).optional(),
  segment: Text(200).optional(),
  quote: Text(2000).optional(),
  avatar: AvatarDataUrl.optional(),
  goals: z.array(Statement).optional(),
  needs: z.array(Statement).optional(),
  pains: z.array(Statement).optional(),
  behaviours: z.array(Statement).optional(),
  channels: z.array(Channel).optional(),
  scenario: Text(5000).optional(),
  demographics: Demographics.optional(),
});
export type Persona = z.infer<typeof Persona>;
