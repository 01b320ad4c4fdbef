/**
 * The HTML report's style sheet. Inline styles only: the file must open anywhere,
 * offline, and print cleanly. From a phone's 360 px up nothing scrolls sideways: long
 * words break, tables become one card per row, and each chart that has a narrow drawing
 * shows it where the wide one would not fit at its own width (the rules per width are
 * added by `writeChartFitRules`).
 *
 * @internal
 */
export const htmlReportStyles = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #ffffff; line-height: 1.5; max-width: 960px; margin: 0 auto; padding: 24px; overflow-wrap: anywhere; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; overflow-wrap: normal; }
h2 { font-size: 1.35rem; border-bottom: 1px solid #d0d0d0; padding-bottom: 0.2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; }
.subtitle { font-size: 1.1rem; color: #444444; margin-top: 0; }
.for { color: #444444; }
nav ol { padding-left: 1.4rem; }
.points { padding-left: 1.2rem; }
.points li { margin-bottom: 0.6rem; }
.points .label { font-weight: bold; }
figure { margin: 1.2rem 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figure .chart-narrow { display: none; }
figure .chart-narrow svg { width: 100%; max-width: 520px; }
figcaption { color: #444444; font-size: 0.9rem; margin-top: 0.3rem; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.95rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
th, td { border: 1px solid #c8c8c8; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: normal; }
th { background: #f2f2f2; }
th.number, td.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.word { white-space: nowrap; }
.findings { padding-left: 1.2rem; }
.findings li { margin-bottom: 0.5rem; }
.severity { font-weight: bold; }
.severity-error { color: #b00020; }
.severity-warning { color: #8a5300; }
.severity-info { color: #1f4e79; }
.hint { color: #444444; }
.file { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; color: #444444; }
@media (max-width: 480px) {
  body { padding: 16px; }
  h1 { font-size: 1.5rem; }
}
@media (max-width: 720px) {
  table, tbody, tr, td, caption { display: block; }
  thead { display: none; }
  tr { border: 1px solid #c8c8c8; margin-bottom: 0.6rem; }
  td, td.word, td.number { border: none; border-bottom: 1px solid #eeeeee; text-align: left; white-space: normal; overflow-wrap: anywhere; }
  td:last-child { border-bottom: none; }
  td::before { content: attr(data-label) ": "; font-weight: bold; }
}
@media print {
  body { max-width: none; padding: 0; }
  nav { break-before: page; break-after: page; }
  main > section ~ section { break-before: page; }
  figure, table, .findings li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`.trim();
