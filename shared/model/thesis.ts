import { z } from 'zod';
import { entity, Id, Name, Text } from './common';

export const Thesis = z.looseObject({
  ...entity,
  title: Name,
  personaIds: z.array(Id),
  statement: Text(5000),
});
export type Thesis = z.infer<typeof Thesis>;

