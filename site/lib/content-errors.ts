import type { z } from 'zod';

/** Thrown when a content file does not match its schema; the message is meant for authors. */
export class ContentValidationError extends Error {
  override name = 'ContentValidationError';
  readonly file: string;
  readonly issues: readonly string[];
  constructor(file: string, issues: readonly string[]) {
    super(`${file} klopt niet:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.file = file;
    this.issues = issues;
  }
}

function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      const expected = issue.expected === 'array' ? 'een lijst' : issue.expected === 'string' ? 'tekst' : issue.expected;
      return input === undefined ? `ontbreekt (verwacht ${expected})` : `verwacht ${expected}, maar kreeg ${typeof input}`;
    }
    case 'invalid_value':
      return `verwacht een van: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `verwacht minstens ${issue.minimum} item(s)`
        : issue.origin === 'string'
          ? `verwacht minstens ${issue.minimum} tekens`
          : `verwacht minstens ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `verwacht hoogstens ${issue.maximum} item(s)`
        : issue.origin === 'string'
          ? `verwacht hoogstens ${issue.maximum} tekens`
          : `verwacht hoogstens ${issue.maximum}`;
    case 'unrecognized_keys':
      return `onbekend veld ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into lines an author can act on: the field (as a dotted path) and what was
 * expected. Custom messages written in the schema win over the generic description.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(frontmatter)';
    const generic = issue.message.startsWith('Invalid') || issue.message.startsWith('Too') || issue.message.startsWith('Unrecognized');
    const what = issue.code === 'custom' || !generic ? `${issue.message}${issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined ? ' (ontbreekt)' : ''}` : describeExpected(issue);
    return `veld "${field}": ${what}`;
  });
}
