// Problems with content are data, not exceptions: every stage returns them beside its value so a batch goes on.

export type Severity = 'fatal' | 'warning' | 'info';

export interface Diagnostic {
  readonly severity: Severity;
  /** Stage-prefixed code such as `extract/empty-body`; tests assert this, not the wording. */
  readonly code: string;
  readonly stage: string;
  /** The input as the user gave it (path, URL, `file.jsonl:12`). */
  readonly source?: string;
  readonly articleId?: string;
  readonly message: string;
}

export interface Result<T> {
  readonly value: T;
  readonly diagnostics: readonly Diagnostic[];
}

export function diagnostic(
  severity: Severity,
  code: string,
  message: string,
  context: { source?: string; articleId?: string } = {},
): Diagnostic {
  const stage = code.split('/')[0] ?? code;
  return {
    severity,
    code,
    stage,
    message,
    ...(context.source === undefined ? {} : { source: context.source }),
    ...(context.articleId === undefined ? {} : { articleId: context.articleId }),
  };
}

export function hasFatal(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'fatal');
}
