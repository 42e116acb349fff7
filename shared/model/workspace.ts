import { z } from 'zod';
import { entity, Name, Text } from './common';
import { Journey } from './journey';
import { Member } from './member';
import { Persona } from './persona';
import { Segment } from './segment';
import { Thesis } from './thesis';

export const Workspace = z.looseObject({
  ...entity,
  name: Name,
  description: Text(5000).optional(),
  members: z.array(Member),
  personas: z.array(Persona),
  theses: z.array(Thesis),
  journeys: z.array(Journey),
  segments: z.array(Segment),
});
export type Workspace = z.infer<typeof Workspace>;
