// The progress dashboard in the webview ("CRM Study: Show Progress"): readiness
// per scope as labelled bars with a Study button each, the weakest concepts,
// cards by state, the exam block, the due forecast and quiz scores drawn with
// uPlot, and a hand-drawn calendar heatmap. Every chart has a text alternative
// with the same numbers (src/shared/dashboardView.ts).
//
// Why uPlot: about 50 KB minified against Chart.js's ~200 KB, canvas drawing
// fast enough for a year of reviews, and actively maintained (Leeoniya, uPlot,
// 2024). The heatmap is a 26×7 grid no charting library draws as simply, so it
// is our own. Canvas colours come from VS Code's theme variables and are read
// again when the theme changes.

import 'uplot/dist/uPlot.min.css';
import './dashboard.css';
import uPlot from 'uplot';
import type { DashboardData, FromDashboard, ScopeReadiness, ToDashboard } from '../../shared/dashboardProtocol';
import {
  calendarSummary, calendarWeeks, dayLabel, forecastSummary, formatDuration, heatLevel, neverStudied, percent, quizRows,
  readinessLabel, retentionLabel, STATE_NAMES, statesLabel,
} from '../../shared/dashboardView';

interface SavedState {
  data?: DashboardData;
}

const vscode = acquireVsCodeApi<SavedState>();
const send = (message: FromDashboard): void => vscode.postMessage(message);

const setup = readSetup();
const saved = vscode.getState();
/** The newer of what the page inlined and what this webview last drew (a page shown again after being hidden). */
let data: DashboardData | undefined = saved?.data && (!setup.data || saved.data.at > setup.data.at) ? saved.data : setup.data;
let charts: uPlot[] = [];
let paintedSent = false;

function readSetup(): { data?: DashboardData; error?: string } {
  try {
    return JSON.parse(document.body.dataset.setup ?? '{}') as { data?: DashboardData; error?: string };
  } catch {
    return {};
  }
}

// ---- DOM helpers ----------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
}

function button(label: string, onClick: () => void, ariaLabel?: string): HTMLButtonElement {
  const b = el('button', { type: 'button', textContent: label });
  if (ariaLabel) b.setAttribute('aria-label', ariaLabel);
  b.addEventListener('click', onClick);
  return b;
}

function section(id: string, title: string, ...children: Array<Node | string>): HTMLElement {
  const s = el('section', { className: `card ${id}` }, el('h2', { id: `${id}-title`, textContent: title }), ...children);
  s.setAttribute('aria-labelledby', `${id}-title`);
  return s;
}

/** A table only screen readers see: the chart's numbers as text. */
function hiddenTable(caption: string, head: string[], rows: string[][]): HTMLTableElement {
  const table = el('table', { className: 'visually-hidden' }, el('caption', { textContent: caption }));
  table.append(el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col', textContent: h })))));
  table.append(el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', { textContent: c }))))));
  return table;
}

function themeColour(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

// ---- sections -------------------------------------------------------------

const app = document.getElementById('app')!;

function render(): void {
  for (const chart of charts) chart.destroy();
  charts = [];
  app.textContent = '';
  const header = el('header', { className: 'top' }, el('h1', { textContent: 'Your progress' }), button('Refresh', () => send({ type: 'refresh' })));
  const alert = el('p', { id: 'error', className: 'error' });
  alert.setAttribute('role', 'alert');
  app.append(header, alert);
  if (!data) {
    alert.textContent = setup.error ?? 'Your progress could not be read; try again with Refresh.';
    return;
  }
  if (neverStudied(data)) {
    app.append(el('p', { className: 'empty' }, 'Nothing reviewed yet: open the flashcards and grade a few cards, and this page fills in. ', button('Open Flashcards', () => send({ type: 'studyScope', topicId: '' }))));
  }
  app.append(summary(data), exam(data), readiness(data), weakest(data), states(data));
  const forecastSection = forecast(data);
  const calendarSection = calendar(data);
  const quizSection = quiz(data);
  app.append(forecastSection.node, calendarSection, quizSection.node);
  // Charts need their containers laid out to know their width.
  forecastSection.draw();
  quizSection.draw();
}

function stat(label: string, value: string, detail?: string): HTMLElement {
  return el('div', { className: 'stat' }, el('dt', { textContent: label }), el('dd', { textContent: value }), ...(detail ? [el('dd', { className: 'detail', textContent: detail })] : []));
}

function summary(d: DashboardData): HTMLElement {
  const list = el('dl', { className: 'stats' },
    stat('Ready overall', percent(d.overall.readiness), `${d.overall.cards} cards`),
    stat('Today', `${d.today.due} due`, `${d.today.fresh} new cards left`),
    stat('Streak', `${d.streak} ${d.streak === 1 ? 'day' : 'days'}`),
    stat('Time studied', formatDuration(d.studiedMs), `${formatDuration(d.studiedMsLast30)} in the last 30 days`),
    stat('True retention, 30 days', d.retention.actual === null ? '—' : percent(d.retention.actual), retentionLabel(d.retention)),
  );
  return section('summary', 'At a glance', list);
}

function exam(d: DashboardData): HTMLElement {
  if (!d.exam) {
    return section('exam', 'Exam', el('p', { textContent: 'Set your exam date and the schedule aims at it: every studied card comes back at least once before the day.' }), button('Set an exam date', () => send({ type: 'setExamDate' })));
  }
  const e = d.exam;
  const plan = el('ul', { className: 'plan' },
    el('li', { textContent: `${e.daysLeft} ${e.daysLeft === 1 ? 'day' : 'days'} left until ${dayLabel(e.date)}` }),
    el('li', { textContent: `Today: ${e.reviewsToday} reviews and ${e.newToday} new cards` }),
    el('li', { textContent: `New cards needed a day to meet every card twice: ${e.newPerDayNeeded} (your limit ${e.newPerDayLimit})` }),
  );
  const children: Array<Node> = [plan];
  if (!e.onTrack) children.push(el('p', { className: 'warning', textContent: 'At your daily limit of new cards, not every card can be met twice before the exam: raise crmStudy.review.newPerDay or expect gaps.' }));
  const rows = d.scopes.filter((s) => s.exam);
  if (rows.length) {
    const table = el('table', { className: 'grid' }, el('caption', { textContent: 'Predicted readiness on exam day' }));
    table.append(el('thead', {}, el('tr', {}, ...['Topic', 'If you keep up', 'If you stop now'].map((h) => el('th', { scope: 'col', textContent: h })))));
    table.append(el('tbody', {}, ...rows.map((s) => el('tr', {}, el('th', { scope: 'row', textContent: s.title }), el('td', { textContent: percent(s.exam!.keepUp) }), el('td', { textContent: percent(s.exam!.stopNow) })))));
    children.push(table);
  }
  children.push(button('Change the exam date', () => send({ type: 'setExamDate' })));
  return section('exam', `Exam on ${dayLabel(e.date)}`, ...children);
}

function bar(share: number, label: string): HTMLElement {
  const outer = el('div', { className: 'bar' });
  outer.setAttribute('role', 'img');
  outer.setAttribute('aria-label', label);
  const fill = el('div', { className: 'fill' });
  // Set through the CSSOM, which the page's CSP allows (a style attribute in markup it would not).
  fill.style.width = percent(share);
  outer.append(fill);
  return outer;
}

function readiness(d: DashboardData): HTMLElement {
  const list = el('ul', { className: 'readiness-list' });
  for (const scope of d.scopes) list.append(readinessRow(scope));
  return section('readiness', 'Readiness by topic', el('p', { className: 'hint', textContent: 'How much of each topic you would recall now, by FSRS; cards not yet studied count as not known.' }), list);
}

function readinessRow(scope: ScopeReadiness): HTMLElement {
  const row = el('li', { className: scope.level ? 'scope nested' : 'scope' });
  row.dataset.scope = scope.id;
  row.append(
    el('span', { className: 'name', textContent: scope.title }),
    bar(scope.readiness, readinessLabel(scope)),
    el('span', { className: 'figure', textContent: `${percent(scope.readiness)} · ${scope.due} due` }),
    button('Study', () => send({ type: 'studyScope', topicId: scope.id }), `Study ${scope.title}`),
  );
  return row;
}

function weakest(d: DashboardData): HTMLElement {
  if (d.weakest.length === 0) return section('weakest', 'Weakest concepts', el('p', { textContent: 'No concepts with cards yet.' }));
  const list = el('ol', { className: 'weakest-list' });
  for (const w of d.weakest) {
    list.append(el('li', {},
      el('span', { className: 'name', textContent: w.term }),
      el('span', { className: 'detail', textContent: `${w.scope} · ${percent(w.readiness)} ready · ${w.cards} ${w.cards === 1 ? 'card' : 'cards'}` }),
      button('Study', () => send({ type: 'study', conceptId: w.conceptId }), `Study ${w.term}`),
    ));
  }
  return section('weakest', 'Weakest concepts', list);
}

function states(d: DashboardData): HTMLElement {
  const table = el('table', { className: 'grid states-table' }, el('caption', { className: 'visually-hidden', textContent: 'Cards by state per topic' }));
  table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', textContent: 'Topic' }), ...STATE_NAMES.map((n) => el('th', { scope: 'col', textContent: n[0].toUpperCase() + n.slice(1) })), el('th', { scope: 'col', textContent: 'Mix' }))));
  const body = el('tbody');
  for (const scope of d.scopes) {
    const mix = el('div', { className: 'stack' });
    mix.setAttribute('role', 'img');
    mix.setAttribute('aria-label', statesLabel(scope.states));
    for (const name of STATE_NAMES) {
      const part = el('span', { className: `part ${name}` });
      part.style.width = scope.cards ? `${(scope.states[name] / scope.cards) * 100}%` : '0';
      mix.append(part);
    }
    body.append(el('tr', {}, el('th', { scope: 'row', textContent: scope.title }), ...STATE_NAMES.map((n) => el('td', { textContent: String(scope.states[n]) })), el('td', {}, mix)));
  }
  table.append(body);
  return section('states', 'Cards by state', el('p', { className: 'hint', textContent: 'Young cards are remembered for under 21 days, mature ones for longer.' }), table);
}

/** A chart's container: the canvas is decorative (aria-hidden), the description and table carry the numbers. */
function chartBox(id: string, description: string): { box: HTMLElement; desc: HTMLElement } {
  const box = el('div', { className: 'chart', id: `${id}-chart` });
  box.setAttribute('aria-hidden', 'true');
  const desc = el('p', { className: 'chart-summary', id: `${id}-summary`, textContent: description });
  return { box, desc };
}

function axisStyle(): Partial<uPlot.Axis> {
  const fg = themeColour('--vscode-foreground', '#ccc');
  const grid = themeColour('--vscode-editorWidget-border', '#444');
  return { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, font: `11px ${themeColour('--vscode-font-family', 'sans-serif')}` };
}

function chartWidth(box: HTMLElement): number {
  return Math.max(240, Math.floor(box.clientWidth || app.clientWidth - 32));
}

function forecast(d: DashboardData): { node: HTMLElement; draw: () => void } {
  const { box, desc } = chartBox('forecast', forecastSummary(d.forecast));
  const table = hiddenTable('Reviews due per day', ['Day', 'Reviews'], d.forecast.map((f) => [dayLabel(f.day), String(f.count)]));
  const node = section('forecast', 'Due in the next 30 days', desc, box, table);
  const draw = () => {
    const xs = d.forecast.map((_, i) => i);
    const colour = themeColour('--vscode-charts-blue', '#3794ff');
    const opts: uPlot.Options = {
      width: chartWidth(box),
      height: 180,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.5, xs.length - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(4, max)] } },
      axes: [
        { ...axisStyle(), values: (_u, splits) => splits.map((i) => (Number.isInteger(i) && d.forecast[i] ? dayLabel(d.forecast[i].day).slice(4) : '')) },
        { ...axisStyle(), size: 40 },
      ],
      series: [{}, { label: 'Reviews', stroke: colour, fill: colour, paths: uPlot.paths.bars!({ size: [0.7, 40] }), points: { show: false } }],
    };
    charts.push(new uPlot(opts, [xs, d.forecast.map((f) => f.count)], box));
  };
  return { node, draw };
}

function calendar(d: DashboardData): HTMLElement {
  const max = d.calendar.reduce((m, c) => Math.max(m, c.count), 0);
  const grid = el('div', { className: 'heatmap' });
  grid.setAttribute('role', 'img');
  grid.setAttribute('aria-label', calendarSummary(d.calendar));
  for (const week of calendarWeeks(d.calendar)) {
    for (const day of week) {
      const cell = el('span', { className: day ? `cell level-${heatLevel(day.count, max)}` : 'cell blank' });
      if (day) cell.title = `${dayLabel(day.day)}: ${day.count} ${day.count === 1 ? 'grade' : 'grades'}`;
      grid.append(cell);
    }
  }
  const legend = el('p', { className: 'legend' }, 'Less ', ...[0, 1, 2, 3, 4].map((l) => el('span', { className: `cell level-${l}` })), ' More');
  legend.setAttribute('aria-hidden', 'true');
  const studied = d.calendar.filter((c) => c.count > 0);
  const table = hiddenTable('Grades per day studied', ['Day', 'Grades'], studied.map((c) => [dayLabel(c.day), String(c.count)]));
  return section('calendar', 'The last 26 weeks', el('p', { className: 'chart-summary', textContent: `${calendarSummary(d.calendar)} Current streak: ${d.streak} ${d.streak === 1 ? 'day' : 'days'}.` }), grid, legend, table);
}

const SERIES_COLOURS = ['--vscode-charts-blue', '--vscode-charts-orange', '--vscode-charts-green', '--vscode-charts-purple', '--vscode-charts-red', '--vscode-charts-yellow'];

function quiz(d: DashboardData): { node: HTMLElement; draw: () => void } {
  const rows = quizRows(d.quiz);
  if (rows.length === 0) return { node: section('quiz', 'Quiz scores', el('p', { textContent: 'No quizzes taken yet: run "CRM Study: Start Quiz" and your scores show here.' })), draw: () => undefined };
  const { box, desc } = chartBox('quiz', `Quiz scores over time in ${rows.length} ${rows.length === 1 ? 'topic' : 'topics'}.`);
  const table = el('table', { className: 'grid' }, el('caption', { className: 'visually-hidden', textContent: 'Quiz scores per topic, oldest first' }));
  table.append(el('thead', {}, el('tr', {}, ...['Topic', 'Latest', 'All scores'].map((h) => el('th', { scope: 'col', textContent: h })))));
  table.append(el('tbody', {}, ...rows.map((r) => el('tr', {}, el('th', { scope: 'row', textContent: r.title }), el('td', { textContent: r.latest }), el('td', { textContent: r.scores })))));
  const node = section('quiz', 'Quiz scores', desc, box, table);
  const draw = () => {
    const trends = d.quiz.filter((t) => t.sessions.length > 0);
    // uPlot wants one shared x axis: every session's time, each topic null where it has none.
    const times = [...new Set(trends.flatMap((t) => t.sessions.map((s) => Math.round(s.at / 1000))))].sort((a, b) => a - b);
    const series = trends.map((t) => {
      const byTime = new Map(t.sessions.map((s) => [Math.round(s.at / 1000), s.score * 100]));
      return times.map((x) => byTime.get(x) ?? null);
    });
    const fg = themeColour('--vscode-foreground', '#ccc');
    const opts: uPlot.Options = {
      width: chartWidth(box),
      height: 200,
      legend: { show: true },
      scales: { y: { range: [0, 100] } },
      axes: [axisStyle(), { ...axisStyle(), size: 44, values: (_u, splits) => splits.map((v) => `${v}%`) }],
      series: [{}, ...trends.map((t, i) => {
        const colour = themeColour(SERIES_COLOURS[i % SERIES_COLOURS.length], fg);
        return { label: t.title, stroke: colour, width: 2, spanGaps: true, points: { show: true, size: 5, fill: colour }, value: (_u: uPlot, v: number | null) => (v === null ? '—' : `${Math.round(v)}%`) };
      })],
    };
    if (times.length) charts.push(new uPlot(opts, [times, ...series], box));
  };
  return { node, draw };
}

// ---- life cycle -----------------------------------------------------------

function paint(): void {
  render();
  if (data) vscode.setState({ data });
  if (!paintedSent && data) {
    paintedSent = true;
    requestAnimationFrame(() => send({ type: 'painted' }));
  }
}

window.addEventListener('message', (event: MessageEvent<ToDashboard>) => {
  const message = event.data;
  switch (message?.type) {
    case 'data': {
      // Keep the keyboard where it was: the same button, found again by its label.
      const focused = document.activeElement instanceof HTMLButtonElement ? document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent : undefined;
      data = message.data;
      paint();
      if (focused) [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === focused)?.focus();
      return;
    }
    case 'error': {
      const alert = document.getElementById('error');
      if (alert) alert.textContent = message.message;
      return;
    }
    default:
      return;
  }
});

// The theme changed (VS Code swaps the body's classes): redraw with its colours.
new MutationObserver(() => paint()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
new ResizeObserver(() => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    for (const chart of charts) {
      const box = chart.root.parentElement;
      if (box) chart.setSize({ width: chartWidth(box), height: chart.height });
    }
  }, 100);
}).observe(app);

paint();
send({ type: 'ready' });
// Figures a hidden page kept may be old: ask for today's.
if (data !== setup.data) send({ type: 'refresh' });
