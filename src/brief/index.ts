export * from './contract.ts';
export { buildReport, toReportDiagnostic, type StoryInput } from './report.ts';
export {
  renderReport,
  renderStoryBrief,
  REPORT_FORMATS,
  type RenderOptions,
  type ReportFormat,
} from './render.ts';
export {
  composeBrief,
  outletName,
  TABLE_CELL,
  type OutletFields,
  type BriefLine,
  type BriefSection,
  type StoryBrief,
} from './compose.ts';
export { briefHtml, briefMarkdown, briefText, type HtmlBriefOptions } from './render-brief.ts';
export { escapeHtml, escapeMarkdown, safeHref } from './escape.ts';
