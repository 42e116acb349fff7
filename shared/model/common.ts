import { z } from 'zod';
import { ID_PATTERN } from './ids';

/**
 * Building blocks of the workspace model. Every object is a `looseObject`: fields this version does
 * not know (written by a newer minor build or another tool) are kept on load and written back on save.
 */
export const Id = z.string().regex(ID_PATTERN, 'must be letters and digits only');
export const Timestamp = z.iso.datetime({ offset: true });
export const Text = (max: number) => z.string().max(max);
export const Name = z.string().trim().min(1, 'must not be empty').max(200);

export const entity = { id: Id, createdAt: Timestamp, updatedAt: Timestamp };

