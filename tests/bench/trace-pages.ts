import { generateGroupAssessmentPage } from '../fixtures/generate-group-page';

/**
 * The pages of the traced rows: one with nothing to read (InfoMentor's news list), the 1,000-row
 * group page, and a Hub-like page whose shell loads empty and draws the same table from JSON after
 * `load`, as the Hub's Knockout views do. Paths are under the bench's fixture root.
 */
export interface TracePage {
  name: string;
  path: string;
  html: string;
}

function newsPage(): string {
  const items = Array.from(
    { length: 30 },
    (_, i) =>
      `<article class="news-item"><h2>Nyhet ${i + 1}: Information från skolan</h2><p>Publicerad ${1 + (i % 28)} november 2025</p>` +
      `<p>Välkomna till föräldramöte i aulan. Vi berättar om terminens arbete, utflykter och schema.</p></article>`,
  ).join('\n');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Nyheter – InfoMentor</title></head>
<body><header><nav><a href="#/start">Start</a> <a href="#/nyheter">Nyheter</a></nav></header><main><h1>Nyheter</h1>${items}</main></body></html>`;
}

/** The group page's body, drawn by the page's own script from a JSON string after load. */
function hubLikePage(rows: number): string {
  const page = generateGroupAssessmentPage(rows);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(page)?.[1] ?? '';
  const head = /<head[^>]*>([\s\S]*)<\/head>/i.exec(page)?.[1] ?? '';
  const data = JSON.stringify({ view: body }).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="sv"><head>${head}</head><body><div id="app" aria-busy="true">Laddar…</div>
<script type="application/json" id="data">${data}</script>
<script>addEventListener('load', () => setTimeout(() => {
  const app = document.getElementById('app');
  app.innerHTML = JSON.parse(document.getElementById('data').textContent).view;
  app.removeAttribute('aria-busy');
}, 100));</script></body></html>`;
}

export function tracePages(rows: number): TracePage[] {
  return [
    { name: 'news page (nothing to read)', path: 'infomentor/nyheter.html', html: newsPage() },
    { name: `${rows}-row group page`, path: 'infomentor/kunskapssammanstallning.html', html: generateGroupAssessmentPage(rows) },
    { name: `Hub-like page, ${rows} rows drawn from JSON after load`, path: 'infomentor/hub-json.html', html: hubLikePage(rows) },
  ];
}
