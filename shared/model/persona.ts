import { z } from 'zod';
import { entity, Name, Text } from './common';

export const Persona = z.looseObject({
  ...entity,
  name: Name,
  role: Text(200).optional(),
  quote: Text(2000).optional(),
});
export type Persona = z.infer<typeof Persona>;

