export { escapeHtml, escapeMarkdown, escapeLogCommand, neutralizeBidi, neutralizeMentions, neutralizeWorkflowCommands, stripControl, codeText, clamp, md } from './escape.js';
export { assemble, utf8Bytes, codeUnits, type Section, type AssembleOptions, type Assembled } from './assemble.js';
export {
  renderSummary,
  renderComment,
  commentMarker,
  SELF_APPRAISED_NOTE,
  SUMMARY_LIMIT_BYTES,
  COMMENT_LIMIT_CHARS,
  type ReportOptions,
  type ReplayFacts,
} from './summary.js';
export { renderLintSummary, renderLintComment, type LintFindingView } from './lint.js';
