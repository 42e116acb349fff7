import { z } from 'zod';
import { entity, Name, Text } from './common';

export const Segment = z.looseObject({
  ...entity,
  name: Name,
  description: Text(5000).optional(),
  rules: z.array(Text(1000)),
});
export type Segment = z.infer<typeof Segment>;

