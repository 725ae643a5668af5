// The concept page as the HTML of its webview panel: the page's Markdown (through
// the safe renderer), related concepts as in-panel links, and buttons to study,
// quiz, insert or copy the definition. A strict CSP; the one script runs by nonce.

import { conceptPageMarkdown, relatedConcepts } from './conceptPage';
import { ContentIndex } from '../content/contentIndex';
import { Concept } from '../content/model';
import { ConceptPageAction } from '../../shared/conceptPageProtocol';
import { plainText } from '../markdown/plainText';
import { escapeHtml, renderMarkdown } from '../markdown/render';

export interface PageHtmlOptions {
  /** webview.cspSource */
  cspSource: string;
  nonce: string;
  /** Open the page at its Parts (a part was chosen in the Concepts view) rather than at the title. */
  atParts?: boolean;
}

const ACTIONS: Array<{ action: ConceptPageAction; label: string; title: string }> = [
  { action: 'study', label: 'Study', title: 'Study this concept\'s flashcards' },
  { action: 'quiz', label: 'Quiz', title: 'Take a quiz on this concept' },
  { action: 'insert', label: 'Insert into note', title: 'Insert the definition into the Markdown note beside' },
  { action: 'copy', label: 'Copy definition', title: 'Copy the definition with its source' },
  { action: 'reveal', label: 'Reveal in Concepts', title: 'Show this concept in the Concepts view' },
];

export function conceptPageHtml(concept: Concept, index: ContentIndex, options: PageHtmlOptions): string {
  const { cspSource, nonce } = options;
  const body = renderMarkdown(conceptPageMarkdown(concept, index, { includeRelated: false })).replace('<h2>Parts</h2>', '<h2 id="parts">Parts</h2>');
  const related = relatedConcepts(concept, index);
  const relatedHtml = related.length === 0 ? '' : `
<nav aria-label="Related concepts">
<h2>Related concepts</h2>
<ul class="related">
${related.map((c) => `<li><a href="#" data-concept="${escapeHtml(c.id)}" title="${escapeHtml(plainText(c.definition))}">${escapeHtml(c.term)}</a></li>`).join('\n')}
</ul>
</nav>`;
  const actions = ACTIONS.map((a) =>
    `<button type="button" data-action="${a.action}" title="${escapeHtml(a.title)}" aria-label="${escapeHtml(a.title)}">${escapeHtml(a.label)}</button>`,
  ).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(concept.term)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body data-concept="${escapeHtml(concept.id)}"${options.atParts ? ' data-scroll="parts"' : ''}>
<div class="actions" role="toolbar" aria-label="Concept actions">
${actions}
</div>
<main>
${body}
${relatedHtml}
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); line-height: 1.5; max-width: 52em; padding: 0 1.5em 2em; }
h1, h2 { border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: .2em; }
a { color: var(--vscode-textLink-foreground); }
a:hover, a:focus { color: var(--vscode-textLink-activeForeground); }
a:focus-visible, button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
blockquote { margin: .3em 0 1em; padding: .2em 1em; border-left: 3px solid var(--vscode-textBlockQuote-border);
  background: var(--vscode-textBlockQuote-background); }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 0 .2em; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--vscode-panel-border); padding: .2em .5em; }
.actions { position: sticky; top: 0; display: flex; flex-wrap: wrap; gap: .4em; padding: .6em 0;
  background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border); }
button { font: inherit; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground);
  border: 1px solid var(--vscode-button-border, transparent); padding: .25em .8em; cursor: pointer; }
button:hover { background: var(--vscode-button-secondaryHoverBackground); }
button[data-action="study"] { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
button[data-action="study"]:hover { background: var(--vscode-button-hoverBackground); }
`;

// Runs in the webview: remembers which concept is shown (so the panel survives a
// reload) and turns clicks on related links and buttons into messages.
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const conceptId = document.body.dataset.concept;
  const previous = vscode.getState();
  vscode.setState({ conceptId: conceptId });
  // VS Code carries the scroll position over when a panel's HTML is replaced. A
  // reload of the same concept may keep it; another concept starts at its title,
  // or at its parts when a part was chosen.
  const scrollTarget = document.body.dataset.scroll;
  if (scrollTarget || !previous || previous.conceptId !== conceptId) {
    window.addEventListener('load', function () {
      setTimeout(function () {
        const target = scrollTarget ? document.getElementById(scrollTarget) : null;
        if (target) target.scrollIntoView();
        else window.scrollTo(0, 0);
      }, 0);
    });
  }
  document.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target.closest('[data-concept], [data-action]') : null;
    if (!target || target === document.body) return;
    event.preventDefault();
    if (target.dataset.action) vscode.postMessage({ type: 'action', action: target.dataset.action, conceptId: conceptId });
    else vscode.postMessage({ type: 'openConcept', conceptId: target.dataset.concept });
  });
})();
`;
