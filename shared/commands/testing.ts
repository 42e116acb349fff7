import { blankWorkspace } from '../model/factory';
import type { Workspace } from '../model/schema';
import { checkReferences } from '../model/references';
import { Workspace as WorkspaceSchema } from '../model/schema';
import type { Command, CommandContext } from './command';

export const T0 = '2026-11-23T10:00:00.000Z';
export const T1 = '2026-11-23T10:05:00.000Z';

/** A deterministic context: ids n1, n2, … */
export function testContext(now = T1): CommandContext {
  let n = 0;
  return { now, newId: () => `n${++n}` };
}

export function emptyWorkspace(): Workspace {
  return blankWorkspace('Workshop', T0, 'ws1');
}

/** Runs a command and checks the result is still a valid workspace (schema and references). */
export function runValid<A>(cmd: Command<A>, ws: Workspace, args: A, ctx = testContext()): Workspace {
  const out = cmd.apply(ws, args, ctx);
  const schema = WorkspaceSchema.safeParse(out);
  if (!schema.success) throw new Error(`${cmd.name} produced an invalid workspace: ${schema.error.message}`);
  const refs = checkReferences(out);
  if (refs.length) throw new Error(`${cmd.name} left bad references: ${JSON.stringify(refs)}`);
  return out;
}
