// The flashcards panel in the webview: shows a card, flips it, lets the student
// pick a choice and grade, and keeps its place with setState so the panel comes
// back where it was after a reload. All card HTML arrives already rendered and
// sanitised by the host (src/core/markdown/render.ts); everything else is set as text.
//
// Keys: Space, Enter, 1-4 and Z are VS Code keybindings (package.json), which
// reach this page as 'action' messages, so a student can rebind them. VS Code
// forwards every keydown of the page to the workbench; the page stops only the
// keys it keeps for itself (a focused control's own keys, A-H on a
// multiple-choice card), so each key has exactly one handler.

import './styles.css';
import {
  CardView, emptyStats, FromWebview, Grade, GRADE_ORDER, PanelAction, PanelSetup, PanelState, ProgressView, SessionStats,
  SummaryView, toPanelState, TopicOption, ToWebview,
} from '../../shared/flashcardsProtocol';
import { gradeNumeric, numericFeedback } from '../../shared/numeric';

const vscode = acquireVsCodeApi<PanelState>();
const send = (message: FromWebview): void => vscode.postMessage(message);

const GRADE_LABEL: Record<Grade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };
const KIND_LABEL: Record<CardView['kind'], string> = {
  basic: 'Question',
  cloze: 'Cloze',
  multipleChoice: 'Multiple choice',
  listRecall: 'List recall',
  essay: 'Essay',
};
const CONCEPT_FILTER = '__concept__';
const kindLabel = (c: CardView): string => (c.numeric ? 'Worked calculation' : KIND_LABEL[c.kind]);

// ---- state ----------------------------------------------------------------

const setup = readSetup();
let state: PanelState = toPanelState(vscode.getState() ?? setup.state);
let topics: TopicOption[] = setup.topics;
let filterLabel = setup.filterLabel ?? '';
let card: CardView | undefined;
let intervals: Record<Grade, string> | null = null;
let flipped = false;
let picked: number | undefined;
/** What the student typed into a worked calculation's answer box. */
let typed = '';
/** performance.now() when the card's front was painted: a grade's duration counts from there. */
let shownAt: number | undefined;
/** True between sending a grade and the next card arriving: keys are ignored meanwhile. */
let busy = false;

function readSetup(): PanelSetup {
  try {
    return JSON.parse(document.body.dataset.setup ?? '{}') as PanelSetup;
  } catch {
    return { topics: [], state: { mode: 'due', shuffle: false, seed: 1 } };
  }
}

function save(stats?: SessionStats): void {
  if (stats) state = { ...state, stats };
  vscode.setState(state);
}

// ---- DOM helpers ----------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
}

/** Inserts HTML the host produced with src/core/markdown/render.ts (html off, safe links). */
function trusted(tag: 'div' | 'span', className: string, html: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.innerHTML = html;
  return node;
}

const letter = (i: number) => String.fromCharCode(65 + i);

// ---- skeleton -------------------------------------------------------------

const app = document.getElementById('app')!;
app.textContent = '';

const topicSelect = el('select', { id: 'topic', title: 'Which cards to study' });
const modeDue = el('button', { type: 'button', className: 'segment', textContent: 'Due', title: 'Cards due now, then new cards (scheduled)' });
const modeCram = el('button', { type: 'button', className: 'segment', textContent: 'Cram', title: 'Every card of the filter; your schedule does not change' });
const shuffleBox = el('input', { type: 'checkbox', id: 'shuffle' });
const undoButton = el('button', { type: 'button', className: 'secondary', id: 'undo', textContent: 'Undo', title: 'Undo the last grade (Z)' });
undoButton.setAttribute('aria-keyshortcuts', 'Z');
const modeGroup = el('div', { className: 'segmented' }, modeDue, modeCram);
modeGroup.setAttribute('role', 'group');
modeGroup.setAttribute('aria-label', 'Study mode');

const toolbar = el('div', { className: 'toolbar' },
  el('label', { className: 'field', htmlFor: 'topic' }, 'Study ', topicSelect),
  modeGroup,
  el('label', { className: 'field check', htmlFor: 'shuffle' }, shuffleBox, ' Shuffle'),
  undoButton,
);
toolbar.setAttribute('role', 'toolbar');
toolbar.setAttribute('aria-label', 'Study options');

const bar = el('div', { className: 'bar' });
const progressTrack = el('div', { className: 'progress' }, bar);
progressTrack.setAttribute('role', 'progressbar');
progressTrack.setAttribute('aria-label', 'Session progress');
progressTrack.setAttribute('aria-valuemin', '0');
const counts = el('div', { className: 'counts', id: 'counts' });
counts.setAttribute('aria-live', 'polite');

const stage = el('main', { className: 'stage', id: 'stage', tabIndex: -1 });
stage.setAttribute('aria-live', 'polite');
stage.setAttribute('aria-label', 'Flashcard');
const actions = el('div', { className: 'actions', id: 'actions' });
const keysHelp = el('p', { className: 'keys', id: 'keys' });

app.append(el('header', { className: 'top' }, toolbar, progressTrack, counts), stage, actions, keysHelp);

// ---- rendering ------------------------------------------------------------

function renderToolbar(): void {
  topicSelect.textContent = '';
  if (state.conceptId) {
    topicSelect.append(el('option', { value: CONCEPT_FILTER, textContent: `Concept: ${filterLabel || state.conceptId}` }));
  }
  const totalDue = topics.reduce((n, t) => n + t.due, 0);
  topicSelect.append(el('option', { value: '', textContent: `All topics${totalDue ? ` (${totalDue} due)` : ''}` }));
  // A group of notes is indented under "My notes", which the host lists after the pack's topics.
  for (const t of topics) topicSelect.append(el('option', { value: t.id, textContent: `${'\u00a0\u00a0'.repeat(t.level ?? 0)}${t.title}${t.due ? ` (${t.due} due)` : ''}` }));
  topicSelect.value = state.conceptId ? CONCEPT_FILTER : state.topicId ?? '';
  modeDue.setAttribute('aria-pressed', String(state.mode === 'due'));
  modeCram.setAttribute('aria-pressed', String(state.mode === 'cram'));
  shuffleBox.checked = state.shuffle;
}

function renderProgress(progress: ProgressView): void {
  const total = progress.done + progress.remaining;
  bar.style.width = total ? `${(100 * progress.done) / total}%` : '0%';
  progressTrack.setAttribute('aria-valuemax', String(total));
  progressTrack.setAttribute('aria-valuenow', String(progress.done));
  progressTrack.setAttribute('aria-valuetext', `${progress.done} done, ${progress.remaining} left`);
  counts.textContent = `${progress.done} done · ${progress.remaining} left${state.mode === 'cram' ? ' · cram: schedule unchanged' : ''}`;
}

function renderCard(): void {
  if (!card) return;
  const c = card;
  stage.textContent = '';
  const meta = el('div', { className: 'meta' },
    el('span', { className: 'badge', textContent: kindLabel(c) }),
  );
  // A list card says whether its order is part of the answer, before the student recalls it.
  if (c.kind === 'listRecall') {
    const order = el('span', { className: 'badge order', textContent: c.ordered ? 'In order' : 'Any order' });
    order.title = c.ordered ? 'Recall the items in the order given' : 'The items may come in any order';
    meta.append(order);
  }
  meta.append(el('span', { textContent: c.topicTitle }));
  // A card written in a note outside any concept has no concept to show; one from a note says where it is written.
  if (c.conceptId) {
    const conceptLink = el('button', { type: 'button', className: 'link', textContent: c.conceptTerm, title: `Show the concept “${c.conceptTerm}”` });
    conceptLink.addEventListener('click', () => send({ type: 'showConcept', conceptId: c.conceptId }));
    meta.append(conceptLink);
  }
  if (c.noteLabel) {
    const noteLink = el('button', { type: 'button', className: 'link note', textContent: c.noteLabel, title: 'Open the note at this card' });
    noteLink.addEventListener('click', () => send({ type: 'openNote', cardId: c.id }));
    meta.append(noteLink);
  }
  if (c.isNew) meta.append(el('span', { className: 'badge new', textContent: 'New' }));

  const article = el('article', { className: `card kind-${c.kind}${flipped ? ' flipped' : ''}` });
  article.dataset.cardId = c.id;
  article.setAttribute('aria-label', `${kindLabel(c)} card, ${flipped ? 'answer side' : 'question side'}`);
  article.append(meta);

  // A cloze's answer side is the whole text with the gaps filled, in place of the front.
  if (!(c.kind === 'cloze' && flipped)) article.append(trusted('div', 'front', c.frontHtml));

  if (c.numeric && !flipped) article.append(calcInput());

  if (c.kind === 'multipleChoice' && c.choices) {
    const list = el('ol', { className: 'choices' });
    c.choices.forEach((choice, i) => {
      const button = el('button', { type: 'button', className: 'choice' });
      // Shown in this showing's order: the letter is the place on screen; `written` is the option's place on the card.
      button.dataset.written = String(choice.written);
      button.append(el('kbd', { textContent: letter(i) }), trusted('span', 'choice-text', choice.html));
      button.setAttribute('aria-keyshortcuts', letter(i));
      if (flipped) {
        button.disabled = true;
        if (choice.correct) {
          button.classList.add('right');
          button.append(el('span', { className: 'verdict', textContent: picked === i ? '✓ your answer, right' : '✓ right answer' }));
        } else if (picked === i) {
          button.classList.add('wrong');
          button.append(el('span', { className: 'verdict', textContent: '✗ your answer' }));
        }
      } else {
        button.addEventListener('click', () => pick(i));
      }
      list.append(el('li', {}, button));
    });
    article.append(list);
  }

  if (flipped) {
    if (c.kind !== 'cloze') article.append(el('hr', { className: 'divider' }));
    const back = el('section', { className: 'back' });
    back.setAttribute('aria-label', 'Answer');
    switch (c.kind) {
      case 'multipleChoice':
        break; // The marked choices are the answer.
      case 'essay': {
        back.append(el('p', { className: 'hint', textContent: 'Key points a good answer covers. Tick the ones yours did:' }));
        const list = el('ul', { className: 'checklist' });
        (c.items ?? []).forEach((html, i) => {
          const box = el('input', { type: 'checkbox', id: `kp-${i}` });
          box.addEventListener('change', updateSuggestion);
          const label = el('label', { htmlFor: `kp-${i}` });
          label.append(trusted('span', '', html));
          list.append(el('li', {}, box, label));
        });
        back.append(list);
        break;
      }
      case 'cloze':
      case 'basic':
      case 'listRecall':
        if (c.numeric) back.append(...calcVerdict(c.numeric));
        back.append(trusted('div', 'answer', c.backHtml));
        break;
    }
    if (c.explanationHtml) back.append(trusted('div', 'explanation', c.explanationHtml));
    article.append(back);
  }
  if (c.source) article.append(el('p', { className: 'source', textContent: `Source: ${c.source}` }));
  stage.append(article);
  renderActions();
}

/** A worked calculation's answer box: Enter checks the number and shows the answer. */
function calcInput(): HTMLElement {
  const input = el('input', { type: 'text', id: 'calc-answer', className: 'calc-input', value: typed, autocomplete: 'off', spellcheck: false, placeholder: 'e.g. 1,250 or 7.5%' });
  input.setAttribute('inputmode', 'decimal');
  input.setAttribute('aria-keyshortcuts', 'Enter');
  input.addEventListener('input', () => { typed = input.value; });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    typed = input.value;
    flip();
  });
  return el('p', { className: 'calc' }, el('label', { htmlFor: 'calc-answer', textContent: 'Your answer ' }), input);
}

/** The typed number checked: "Right: £205.11" or "Not quite: you wrote 250; the answer is £205.11"; nothing when nothing was typed. */
function calcVerdict(numeric: NonNullable<CardView['numeric']>): HTMLElement[] {
  const text = typed.trim();
  const { verdict } = gradeNumeric(text, numeric);
  if (verdict === 'empty') return [];
  const message = numericFeedback(verdict, text, numeric.answer);
  const node = el('p', { className: `calc-verdict ${verdict === 'right' ? 'right' : 'wrong'}`, textContent: message });
  node.setAttribute('role', 'status');
  return [node];
}

function calcMissed(): boolean {
  const text = typed.trim();
  return !!card?.numeric && !!text && gradeNumeric(text, card.numeric).verdict !== 'right';
}

function suggestedGrade(): Grade {
  if (card?.kind === 'multipleChoice' && picked !== undefined && !card.choices?.[picked]?.correct) return 'again';
  if (calcMissed()) return 'again';
  if (card?.kind === 'essay') {
    // Once the student ticks key points, suggest a grade from how many their answer covered.
    const boxes = [...stage.querySelectorAll<HTMLInputElement>('.checklist input[type=checkbox]')];
    const ticked = boxes.filter((b) => b.checked).length;
    if (ticked > 0 && boxes.length > 0) {
      const share = ticked / boxes.length;
      return share === 1 ? 'easy' : share >= 0.6 ? 'good' : share >= 0.3 ? 'hard' : 'again';
    }
  }
  return 'good';
}

function updateSuggestion(): void {
  const suggested = suggestedGrade();
  for (const button of actions.querySelectorAll<HTMLButtonElement>('.grade')) {
    button.classList.toggle('suggested', button.dataset.grade === suggested);
  }
  keysHelp.textContent = `1 Again · 2 Hard · 3 Good · 4 Easy · Space ${GRADE_LABEL[suggested]} · Z undo`;
}

function renderActions(): void {
  actions.textContent = '';
  if (!card) return;
  if (!flipped) {
    const show = el('button', { type: 'button', className: 'primary show', textContent: 'Show Answer ' });
    show.setAttribute('aria-keyshortcuts', 'Space');
    show.append(el('kbd', { textContent: 'Space' }));
    show.addEventListener('click', flip);
    actions.append(show);
    keysHelp.textContent = card.kind === 'multipleChoice'
      ? 'A–D pick an answer · Space show answer · Z undo'
      : card.numeric ? 'Type the number and press Enter to check it, or Show Answer to see it · Z undo outside the box'
      : 'Space show answer · Z undo';
    return;
  }
  GRADE_ORDER.forEach((grade, i) => {
    const button = el('button', { type: 'button', className: `grade grade-${grade}` });
    button.dataset.grade = grade;
    button.append(el('span', { className: 'label', textContent: GRADE_LABEL[grade] }));
    if (intervals) button.append(el('span', { className: 'interval', textContent: intervals[grade] }));
    button.append(el('kbd', { textContent: String(i + 1) }));
    button.setAttribute('aria-keyshortcuts', String(i + 1));
    button.setAttribute('aria-label', `${GRADE_LABEL[grade]}${intervals ? `, next review ${intervals[grade]}` : ''} (key ${i + 1})`);
    button.addEventListener('click', () => grade_(grade));
    actions.append(button);
  });
  updateSuggestion();
}

function renderSummary(summary: SummaryView, progress: ProgressView): void {
  card = undefined;
  stage.textContent = '';
  actions.textContent = '';
  keysHelp.textContent = 'Z undo the last grade';
  const box = el('section', { className: 'summary' });
  box.setAttribute('aria-label', 'Session summary');
  box.append(el('h2', { textContent: summary.emptyReason ? 'Nothing to study' : 'Session complete' }));
  if (summary.emptyReason) box.append(el('p', { textContent: summary.emptyReason }));
  const list = el('dl', { className: 'figures' });
  const add = (term: string, value: string) => list.append(el('dt', { textContent: term }), el('dd', { textContent: value }));
  add('Reviewed', String(summary.reviewed));
  add('Accuracy', summary.accuracy === null ? '—' : `${Math.round(summary.accuracy * 100)}%`);
  add('Next due', summary.nextDue ?? 'nothing scheduled');
  add('Due tomorrow', String(summary.dueTomorrow));
  if (summary.reviewed || !summary.emptyReason) box.append(list);
  const buttons = el('div', { className: 'summary-actions' });
  const again = el('button', { type: 'button', className: 'secondary', textContent: 'Check for More Cards' });
  again.addEventListener('click', () => send({ type: 'restart' }));
  buttons.append(again);
  if (summary.canCram) {
    const cram = el('button', { type: 'button', className: 'primary', textContent: 'Cram These Cards' });
    cram.title = 'Review every card of this filter without changing your schedule';
    cram.addEventListener('click', () => configure({ mode: 'cram' }));
    buttons.append(cram);
  }
  box.append(buttons);
  stage.append(box);
  renderProgress(progress);
  stage.focus();
}

// ---- actions --------------------------------------------------------------

function flip(): void {
  if (!card || flipped || busy) return;
  flipped = true;
  renderCard();
  (actions.querySelector<HTMLButtonElement>('.grade.suggested') ?? stage).focus();
}

function pick(i: number): void {
  if (!card || card.kind !== 'multipleChoice' || flipped || busy || !card.choices || i >= card.choices.length) return;
  picked = i;
  flip();
}

function grade_(grade: Grade): void {
  if (!card || !flipped || busy) return;
  busy = true;
  const durationMs = shownAt === undefined ? undefined : Math.max(0, Math.round(performance.now() - shownAt));
  send({ type: 'grade', cardId: card.id, grade, durationMs });
}

function undo(): void {
  if (undoButton.disabled) return;
  busy = true;
  send({ type: 'undo' });
}

function configure(change: Partial<Pick<PanelState, 'mode' | 'topicId' | 'conceptId' | 'shuffle'>>): void {
  const next = { ...state, ...change };
  busy = true;
  send({ type: 'configure', mode: next.mode, topicId: next.topicId, conceptId: next.conceptId, shuffle: next.shuffle });
}

topicSelect.addEventListener('change', () => {
  const value = topicSelect.value;
  if (value === CONCEPT_FILTER) return;
  configure({ topicId: value || undefined, conceptId: undefined });
});
modeDue.addEventListener('click', () => state.mode !== 'due' && configure({ mode: 'due' }));
modeCram.addEventListener('click', () => state.mode !== 'cram' && configure({ mode: 'cram' }));
shuffleBox.addEventListener('change', () => configure({ shuffle: shuffleBox.checked }));
undoButton.addEventListener('click', undo);
stage.addEventListener('click', (event) => {
  // Clicking the card flips it (but not when clicking a link, choice or checkbox on it).
  if ((event.target as HTMLElement).closest('a, button, input, label, select')) return;
  if (card && !flipped) flip();
});

/** What a keybinding's command asks for: the same as the page's own buttons. */
function perform(action: PanelAction): void {
  switch (action.do) {
    case 'showAnswer':
      if (!card) return;
      if (!flipped) flip();
      else grade_(suggestedGrade());
      return;
    case 'grade':
      grade_(action.grade);
      return;
    case 'undo':
      undo();
      return;
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  const key = event.key;
  const typing = key.length === 1 || key === 'Enter';
  // A focused control keeps its own keys (Space ticks a box or presses a
  // button, letters pick an option): the workbench must not see them too.
  if (typing && target.closest('select, input, textarea')) {
    event.stopPropagation();
    return;
  }
  if ((key === ' ' || key === 'Enter') && target.closest('button, a')) {
    event.stopPropagation();
    return;
  }
  if (/^[a-hA-H]$/.test(key) && card?.kind === 'multipleChoice' && !flipped) {
    event.preventDefault();
    event.stopPropagation();
    pick(key.toUpperCase().charCodeAt(0) - 65);
    return;
  }
  // Everything else goes on to the workbench, whose keybindings send actions
  // back; Space must not also scroll the page.
  if (key === ' ') event.preventDefault();
});

// ---- messages -------------------------------------------------------------

/**
 * Tells the host once the card is on screen: requestAnimationFrame runs just
 * before the frame that shows the new DOM is painted, and a task queued from
 * it runs after that paint.
 */
function reportPainted(cardId: string): void {
  // Counted from the card put on the page until its paint is seen, so a grade given before the frame still has a duration.
  shownAt = performance.now();
  requestAnimationFrame(() => setTimeout(() => {
    shownAt = performance.now();
    send({ type: 'rendered', cardId });
  }, 0));
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => receive(event.data));

function receive(message: ToWebview): void {
  switch (message.type) {
    case 'state':
      state = { ...message.state };
      topics = message.topics;
      filterLabel = message.filterLabel;
      save();
      renderToolbar();
      return;
    case 'card':
      busy = false;
      card = message.card;
      intervals = message.intervals;
      flipped = false;
      picked = undefined;
      typed = '';
      undoButton.disabled = !message.canUndo;
      // The option order of this showing, kept with the panel's state so a reload shows the card as it is now.
      state = { ...state, showing: message.card.choiceSeed !== undefined ? { cardId: message.card.id, seed: message.card.choiceSeed } : undefined };
      save(message.stats);
      renderProgress(message.progress);
      renderCard();
      // A worked calculation is answered by typing: its box takes the focus.
      (stage.querySelector<HTMLInputElement>('.calc-input') ?? stage).focus();
      reportPainted(message.card.id);
      return;
    case 'summary':
      busy = false;
      undoButton.disabled = !message.canUndo;
      save(message.stats);
      renderSummary(message.summary, message.progress);
      return;
    case 'action':
      perform(message.action);
      return;
    case 'error':
      busy = false;
      stage.prepend(el('p', { className: 'error', textContent: message.message, role: 'alert' }));
      return;
    default: {
      const unreachable: never = message;
      return unreachable;
    }
  }
}

renderToolbar();
// The page carries its first card, so it paints now, without asking the host.
if (setup.first) receive(setup.first);
else renderProgress({ done: (state.stats ?? emptyStats()).reviewed, remaining: 0 });
send({ type: 'ready' });
