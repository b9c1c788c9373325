export * from './contract.ts';
export { buildReport, type StoryInput } from './report.ts';
export { renderReport, REPORT_FORMATS, type ReportFormat } from './render.ts';
export { escapeHtml, escapeMarkdown, safeHref } from './escape.ts';
