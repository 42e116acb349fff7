import type { ParseError } from './file';

/** A translator: the renderer passes i18next's `t`, the CLI the English one. */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** One plain sentence per problem, for people, never a stack trace. */
export function describeParseError(error: ParseError, t: Translate): string[] {
  switch (error.kind) {
    case 'notTouchstone':
      return [t(`fileError.notTouchstone.${error.reason}`)];
    case 'tooNew':
      return [t('fileError.tooNew', { fileVersion: error.fileVersion, supportedVersion: error.supportedVersion })];
    case 'migrationFailed':
      return [t('fileError.migrationFailed', { fromVersion: error.fromVersion, message: error.message })];
    case 'invalid':
      return error.issues.map((i) => t('fileError.invalid', { path: i.path, message: i.message }));
  }
}
