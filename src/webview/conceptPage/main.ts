// The concept page in its webview: the toolbar of actions (Study, Quiz, Insert,
// Copy, Reveal), related links that open in the same panel, the scroll position a
// newly shown page starts at, and the concept shown saved with setState so the
// panel comes back after a reload. The page's content arrives as HTML rendered
// and sanitised by the host (src/core/concepts/conceptPageHtml.ts).

import './styles.css';
import {
  CONCEPT_PAGE_ACTIONS, ConceptPageAction, ConceptPageSetup, ConceptPageState, FromConceptPage,
} from '../../shared/conceptPageProtocol';

const vscode = acquireVsCodeApi<ConceptPageState>();
const send = (message: FromConceptPage): void => vscode.postMessage(message);

const ACTIONS: Record<ConceptPageAction, { label: string; title: string }> = {
  study: { label: 'Study', title: 'Study this concept\'s flashcards' },
  quiz: { label: 'Quiz', title: 'Take a quiz on this concept' },
  insert: { label: 'Insert into note', title: 'Insert the definition into the Markdown note beside' },
  copy: { label: 'Copy definition', title: 'Copy the definition with its source' },
  reveal: { label: 'Reveal in Concepts', title: 'Show this concept in the Concepts view' },
};

const setup = readSetup();
const previous = vscode.getState();
vscode.setState({ conceptId: setup.conceptId });

function readSetup(): ConceptPageSetup {
  try {
    return JSON.parse(document.body.dataset.setup ?? '{}') as ConceptPageSetup;
  } catch {
    return { conceptId: '', atParts: false };
  }
}

// ---- toolbar ---------------------------------------------------------------

const toolbar = document.createElement('div');
toolbar.className = 'actions';
toolbar.setAttribute('role', 'toolbar');
toolbar.setAttribute('aria-label', 'Concept actions');
for (const action of CONCEPT_PAGE_ACTIONS) {
  const { label, title } = ACTIONS[action];
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.action = action; // styles.css marks Study as the primary action by it
  button.title = title;
  button.setAttribute('aria-label', title);
  button.textContent = label;
  button.addEventListener('click', () => send({ type: 'action', action, conceptId: setup.conceptId }));
  toolbar.append(button);
}
if (setup.note) {
  // A student's own concept: where it is written, one click away.
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.action = 'openNote';
  button.title = setup.note.title;
  button.setAttribute('aria-label', setup.note.title);
  button.textContent = setup.note.label;
  button.addEventListener('click', () => send({ type: 'openNote', conceptId: setup.conceptId }));
  toolbar.prepend(button);
}
document.body.prepend(toolbar);

// ---- related concepts --------------------------------------------------------

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLElement>('a[data-concept]') : null;
  if (!link?.dataset.concept) return;
  event.preventDefault();
  send({ type: 'openConcept', conceptId: link.dataset.concept });
});

// ---- where the page opens ------------------------------------------------------

// VS Code carries the scroll position over when a panel's HTML is replaced. A
// reload of the same concept may keep it; another concept starts at its title,
// or at its Parts when a part was chosen. A task after load, because VS Code
// restores the old position just after load.
if (setup.atParts || previous?.conceptId !== setup.conceptId) {
  window.addEventListener('load', () => {
    setTimeout(() => {
      const parts = setup.atParts ? document.getElementById('parts') : null;
      if (parts) parts.scrollIntoView();
      else window.scrollTo(0, 0);
    }, 0);
  });
}
