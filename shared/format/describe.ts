import type { OpenError } from '../api/contract';
import type { ModelIssue } from '../model/references';
import type { ParseError } from './file';

/** A translator: the renderer passes i18next's `t`, the CLI the English one. */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

function describeIssue(issue: ModelIssue, t: Translate): string {
  const params = issue.params ?? {};
  switch (issue.code) {
    case 'missing':
      return t('fileError.issue.missing');
    case 'wrongType':
      return t('fileError.issue.wrongType', { expected: t(`fileError.type.${params.expected}`, { defaultValue: params.expected }) });
    case 'oneOf':
      return t('fileError.issue.oneOf', params);
    case 'duplicateId':
      return t('fileError.issue.duplicateId', params);
    case 'danglingRef':
      return t('fileError.issue.danglingRef', { id: params.id, what: t(`fileError.what.${params.what}`) });
    default:
      return issue.message;
  }
}

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
      return error.issues.map((i) => t('fileError.invalid', { path: i.path, message: describeIssue(i, t) }));
  }
}

const MB = 1024 * 1024;

/** A failure to open a file (reading it, or what it contains), one plain sentence per problem. */
export function describeOpenError(error: OpenError, t: Translate): string[] {
  switch (error.kind) {
    case 'io':
      return [t('fileError.io', { message: error.message })];
    case 'tooLarge':
      // Rounded up, so a file just over the limit never reads as equal to it.
      return [t('fileError.tooLarge', { size: Math.ceil(error.sizeBytes / MB), limit: Math.ceil(error.limitBytes / MB) })];
    default:
      return describeParseError(error, t);
  }
}
