// The concept page's content as HTML for its webview panel: the page's Markdown
// through the safe renderer, with a "parts" anchor to open it at, and related
// concepts as in-panel links (<a data-concept="id">, which the page's script,
// src/webview/conceptPage/main.ts, turns into messages). The HTML shell, CSP and
// the buttons are the panel's (src/vscode/webviewShell.ts, the script).

import { conceptPageMarkdown, relatedConcepts } from './conceptPage';
import { ContentIndex } from '../content/contentIndex';
import { Concept } from '../content/model';
import { plainText } from '../markdown/plainText';
import { escapeHtml, renderInline, renderMarkdown } from '../markdown/render';
import { l10n } from '../util/l10n';

export function conceptPageBody(concept: Concept, index: ContentIndex): string {
  // The heading as the renderer writes it, whatever the translation holds.
  const parts = renderInline(l10n.t('Parts'));
  const body = renderMarkdown(conceptPageMarkdown(concept, index, { includeRelated: false })).replace(`<h2>${parts}</h2>`, `<h2 id="parts">${parts}</h2>`);
  const related = relatedConcepts(concept, index);
  const relatedHtml = related.length === 0 ? '' : `
<nav aria-label="${escapeHtml(l10n.t('Related concepts'))}">
<h2>${escapeHtml(l10n.t('Related concepts'))}</h2>
<ul class="related">
${related.map((c) => `<li><a href="#" data-concept="${escapeHtml(c.id)}" title="${escapeHtml(plainText(c.definition))}">${escapeHtml(c.term)}</a></li>`).join('\n')}
</ul>
</nav>`;
  return `<main>
${body}
${relatedHtml}
</main>`;
}
