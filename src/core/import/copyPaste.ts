// A set copied out of a study website: a title line, then each prompt on a
// line of its own followed by its answer, which may run over several lines
// (`-` items, items after a lead-in ending in ":", plain lines). Nothing in the
// text says where a prompt starts: a one-line answer ("Trust and commitment")
// looks like a prompt. So every line is scored on what it looks like (a
// question mark, an asking word, a list marker, its length, a lead-in colon
// before it) and the whole text is segmented at once by dynamic programming
// (Viterbi over title / subject / prompt / answer states, where a prompt wants
// at least one answer line and prompt, answer, prompt, answer is the cheap
// path). Whatever was decided on weak evidence is reported as a decision with
// its line, so the preview can say why.

import { answerLetter, answerLineMarkdown, choiceLine, followsInList, inlineChoices, isListLine, numberedLine, PROMPT_NUMBERING, runItems } from './answerLines';
import type { ImportDecision, ImportEntry, ImportProblem, ImportSet } from './importModel';
import { promptKind, startsWithAskingWord, termName } from './promptKind';

/** One non-blank line and what it looks like. */
interface Line {
  /** 1-based line in the input. */
  no: number;
  text: string;
  words: number;
  question: boolean;
  endsQuestion: boolean;
  asking: boolean;
  list: boolean;
  run: boolean;
  choices: boolean;
  colonEnd: boolean;
  lower: boolean;
  commaList: boolean;
  /** "Listening: developing an analytics capability…": a name, a colon, then prose. */
  label: boolean;
  afterBlank: boolean;
  /** The website's own text came just before: a new card starts here. */
  afterJunk: boolean;
  /** The line before ends in ":", or is one of the short items that lead-in introduced. */
  leadIn: boolean;
  /** How much the line looks like a prompt (positive) or an answer (negative). */
  promptness: number;
}

const TITLE = 0;
const SUBJECT = 1;
const PROMPT = 2;
/** The question line of a two-line prompt: a statement (a case, a scenario), then the question on it. */
const STEM_QUESTION = 3;
const ANSWER = 4;
const MORE = 5;
const STATES = 6;

/** A prompt left without an answer line: allowed (the seeds have one) but costly. */
const UNANSWERED = -7;
/** Every further answer line must be earned by evidence; alternation is the default. */
const CONTINUE = -2;
const MERGE_PROMPT = -1;

const TITLE_WORDS = /\b(flash ?cards?|cards|lecture|lectures|session|week|midterm|mid-term|final|exam|quiz|chapter|unit|module|revision|review|set|notes|glossary|terms|vocab|vocabulary|test|topic)\b/i;

/** The study website's own text, copied along with the set. */
const JUNK = [
  /^you might also like\b/i,
  /^terms in this set\b/i,
  /^there was a problem providing the content\b/i,
  /^(other|related|similar) (study )?sets\b/i,
  /^(sign up|log in|create a free account)\b/i,
  /^what (will|would) be an ideal response\??$/i,
];

export function parseCopyPaste(text: string): ImportSet {
  const decisions: ImportDecision[] = [];
  const problems: ImportProblem[] = [];
  const lines = readLines(text, decisions);
  const labelled = readLabelled(lines, problems, decisions);
  if (labelled) return labelled;
  const states = segment(lines);
  const entries: ImportEntry[] = [];
  let title = '';

  const first = lines[0];
  if (first && states[0] === TITLE) {
    title = first.text;
    decisions.push({ line: first.no, message: `read line ${first.no} ${quote(first.text)} as the set's title: ${titleEvidence(first, lines[1])}` });
  } else if (first && !first.question) {
    decisions.push({ line: first.no, message: `no title line: line ${first.no} ${quote(first.text)} reads as the first prompt (${firstPromptEvidence(first)})` });
  }
  if (states[1] === SUBJECT) {
    const subject = lines[1];
    decisions.push({
      line: subject.no,
      message: `read line ${subject.no} ${quote(subject.text)} as the set's subject, not a card: a short line after the title${lines[2]?.question ? ', before the first question' : ''}`,
    });
  }

  for (const card of cards(lines, states)) {
    entries.push(toEntry(card, problems, decisions));
  }
  return { format: 'copyPaste', title, entries, problems, decisions, settings: {} };
}

/** "Q:", "Question:", "Term:" / "A:", "Answer:", "Definition:" at the start of a line, any case. */
const PROMPT_LABEL = /^(?:q|question|term|front)\s*[:.]\s*/i;
const ANSWER_LABEL = /^(?:a|answer|definition|back)\s*[:.]\s*/i;

/**
 * A set whose lines say what they are ("Q: …" then "A: …"): one card per
 * prompt label, its answer running until the next one, the labels left out.
 * Undefined unless at least two prompt and two answer labels are found and
 * every prompt label comes before an answer label, so a lone "A:" inside a
 * prose answer changes nothing.
 */
function readLabelled(lines: Line[], problems: ImportProblem[], decisions: ImportDecision[]): ImportSet | undefined {
  const prompts = lines.filter((line) => PROMPT_LABEL.test(line.text)).length;
  const answers = lines.filter((line) => ANSWER_LABEL.test(line.text) && !PROMPT_LABEL.test(line.text)).length;
  if (prompts < 2 || answers < 2) return undefined;
  const first = lines.findIndex((line) => PROMPT_LABEL.test(line.text));
  const title = first === 1 && !lines[0].question ? lines[0].text : '';
  const unlabelled = lines.slice(0, first).length - (title ? 1 : 0);
  if (unlabelled > 0) return undefined;
  const cards: Array<{ line: number; prompt: string[]; answer: string[]; answered: boolean }> = [];
  for (const line of lines.slice(first)) {
    const prompt = PROMPT_LABEL.exec(line.text);
    const answer = prompt ? null : ANSWER_LABEL.exec(line.text);
    const card = cards[cards.length - 1];
    if (prompt) cards.push({ line: line.no, prompt: [line.text.slice(prompt[0].length)], answer: [], answered: false });
    else if (answer && !card.answered) {
      card.answered = true;
      card.answer.push(line.text.slice(answer[0].length));
    } else (card.answered ? card.answer : card.prompt).push(line.text);
  }
  const entries = cards.map((card): ImportEntry => {
    const prompt = card.prompt.filter(Boolean).join(' ');
    const answer = card.answer.flatMap((line) => answerLineMarkdown(line)).join('\n').trim();
    if (!answer) {
      problems.push({ line: card.line, severity: 'warning', message: `no answer follows ${quote(prompt)}: it goes into the note with an empty answer and becomes a card once you write one under the prompt` });
    }
    return promptKind(prompt) === 'term' ? { kind: 'term', line: card.line, term: termName(prompt), definition: answer } : { kind: 'basic', line: card.line, prompt, answer };
  });
  decisions.push({ line: lines[first].no, message: `read as labelled cards: ${prompts} lines start with a prompt label ("Q:", "Question:", "Term:") and ${answers} with an answer label; the labels are left out` });
  return { format: 'copyPaste', title, entries, problems, decisions, settings: {} };
}

function readLines(text: string, decisions: ImportDecision[]): Line[] {
  const raw = text.split(/\r\n|\r|\n/);
  const kept: Array<{ text: string; no: number; afterBlank: boolean; afterJunk: boolean }> = [];
  let blank = false;
  let junk = false;
  for (let i = 0; i < raw.length; i++) {
    const trimmed = raw[i].replace(/^\uFEFF/, '').trim();
    if (!trimmed) {
      blank = true;
      continue;
    }
    if (JUNK.some((pattern) => pattern.test(trimmed))) {
      decisions.push({ line: i + 1, message: `skipped line ${i + 1} ${quote(trimmed)}: the study website's own text, not part of a card` });
      junk = true;
      continue;
    }
    kept.push({ text: trimmed, no: i + 1, afterBlank: blank, afterJunk: junk });
    blank = false;
    junk = false;
  }
  const items = numberedItems(kept.map((line) => line.text));
  const lines: Line[] = [];
  let numberingDropped: number | undefined;
  kept.forEach((line, i) => {
    let text = line.text;
    const numbering = items[i] ? null : PROMPT_NUMBERING.exec(text);
    if (numbering) {
      text = text.slice(numbering[0].length);
      numberingDropped ??= line.no;
    }
    lines.push(describe(text, line.no, line.afterBlank, line.afterJunk, lines[lines.length - 1], items[i]));
  });
  if (numberingDropped !== undefined) {
    decisions.push({ line: numberingDropped, message: `left out the website's numbering ("1.", "Q1.") in front of prompts: a card's number is no part of what it asks` });
  }
  return lines;
}

/**
 * Which lines are items of a numbered list ("1. Apologise", "2. Fix it"): a
 * numbered line next to the one numbered before or after it. A website numbers
 * its questions too, but an answer stands between two of them, and a question
 * (a question mark) is never an item.
 */
function numberedItems(texts: readonly string[]): boolean[] {
  const numbered = texts.map((text) => (text.includes('?') || text.includes('？') ? undefined : numberedLine(text)));
  return numbered.map((item, i) => !!item && (followsInList(numbered[i - 1], item) || followsInList(item, numbered[i + 1])));
}

function describe(text: string, no: number, afterBlank: boolean, afterJunk: boolean, before: Line | undefined, numberedItem = false): Line {
  const words = text.split(/\s+/).length;
  // A full-width question mark (Chinese and Japanese text) asks as much as ours.
  const question = text.includes('?') || text.includes('？');
  const line: Line = {
    no,
    text,
    words,
    question,
    endsQuestion: /[?？]["'”’)）]*$/.test(text),
    asking: startsWithAskingWord(text),
    list: numberedItem || isListLine(text),
    run: runItems(text) !== undefined,
    choices: inlineChoices(text) !== undefined || choiceLine(text) !== undefined,
    colonEnd: /:$/.test(text),
    lower: /^\p{Ll}/u.test(text),
    commaList: !question && (text.match(/,/g) ?? []).length >= 2,
    label: /^[^:?]{1,40}:\s+\S+\s+\S+\s+\S/.test(text),
    afterBlank,
    afterJunk,
    leadIn: !!before && (before.colonEnd || (before.leadIn && before.words <= 10 && !before.question)),
    promptness: 0,
  };
  line.promptness = promptness(line);
  return line;
}

function promptness(line: Line): number {
  let score = 0;
  if (line.endsQuestion) score += 5;
  else if (line.question) score += 3.5;
  if (line.asking) score += 2;
  if (line.list) score -= 5;
  if (line.run) score -= 3;
  if (line.choices) score -= 5;
  if (line.lower) score -= 1.5;
  if (!line.question) {
    if (line.commaList) score -= 1.5;
    if (/[,;]$/.test(line.text)) score -= 1.5;
    if (line.label) score -= 1;
    if (!line.asking) {
      if (line.colonEnd) score -= 1;
      if (line.words <= 6) score += 1;
    }
    score -= prose(line);
  }
  return score;
}

/** How much a line reads as prose (long, a full stop), which answers are and prompts are not. */
function prose(line: Line): number {
  if (line.question) return 0;
  // "Identify who your customers are and ...": an answer may open with a verb, and then runs long.
  if (line.asking) return line.words > 20 ? 2.5 : 0;
  const stop = /\.["'”’)]*$/.test(line.text) ? 1.5 : 0;
  return stop + (line.words > 20 ? 4 : line.words > 12 ? 2 : 0);
}

function titleScore(line: Line): number {
  let score = 0.5;
  if (TITLE_WORDS.test(line.text)) score += 3.5;
  if (line.question) score -= 6;
  if (line.asking) score -= 2.5;
  if (line.list || line.run || line.choices) score -= 6;
  if (line.words > 12) score -= 2;
  if (/\.$/.test(line.text)) score -= 1.5;
  return score;
}

function subjectScore(line: Line): number {
  return line.words <= 4 && !line.question && !line.list && !/[.:,;]$/.test(line.text) ? 0 : -6;
}

/** The cost of line i in each state (−Infinity where the state cannot be). */
function emissions(lines: Line[], i: number): number[] {
  const line = lines[i];
  const before = lines[i - 1];
  const after = lines[i + 1];
  const out = new Array<number>(STATES).fill(-Infinity);
  if (i === 0) out[TITLE] = titleScore(line);
  if (i === 1) out[SUBJECT] = subjectScore(line);
  const shortBeforeLong = !!after && !line.list && after.words >= 2 * line.words + 4;
  out[PROMPT] = line.promptness + (shortBeforeLong ? 1.5 : 0);
  // A first line naming a set ("Week 4 flashcards") is no term to learn, even before a long line.
  if (i === 0 && TITLE_WORDS.test(line.text) && !line.question && !line.asking) out[PROMPT] -= 3;
  if (before && !line.afterJunk && line.question && !before.question && before.words >= 6 && !before.list && !before.run && !before.choices) {
    // A case before its question is prose by nature: its length counted against it as a prompt, not here.
    out[STEM_QUESTION] = line.promptness + prose(before);
  }
  out[ANSWER] = -line.promptness;
  let more = -line.promptness + CONTINUE;
  if (line.leadIn && !line.question && before) {
    // The first line after "...five key processes:" is an item; later ones must look like the item before them.
    more += before.colonEnd || similarItems(before, line) ? 3.5 : 2;
  }
  if (line.list && before && (before.list || before.run)) more += 1;
  if (line.label && before?.label) more += 1.5;
  if (line.choices && before?.choices) more += 2;
  if (line.afterBlank) more -= 1.5;
  out[MORE] = line.afterJunk ? -Infinity : more;
  return out;
}

/** Two items of one list are alike: about as many words, or the same last word ("… Process"). */
function similarItems(a: Line, b: Line): boolean {
  const last = (line: Line) => line.text.split(/\s+/).pop()?.toLowerCase();
  return Math.abs(a.words - b.words) <= 1 || (a.words > 1 && last(a) === last(b));
}

/** Which states may follow which, at what cost. */
const MOVES: Array<[from: number, to: number, cost: number]> = [
  [TITLE, SUBJECT, 0],
  [TITLE, PROMPT, 0],
  [SUBJECT, PROMPT, 0],
  [PROMPT, STEM_QUESTION, MERGE_PROMPT],
  [PROMPT, ANSWER, 0],
  [PROMPT, PROMPT, UNANSWERED],
  [STEM_QUESTION, ANSWER, 0],
  [STEM_QUESTION, PROMPT, UNANSWERED],
  [ANSWER, MORE, 0],
  [ANSWER, PROMPT, 0],
  [MORE, MORE, 0],
  [MORE, PROMPT, 0],
];

const END_COST = [0, 0, UNANSWERED, UNANSWERED, 0, 0];

/** The best state for every line (Viterbi). */
function segment(lines: Line[]): number[] {
  const n = lines.length;
  if (n === 0) return [];
  const score = new Float64Array(n * STATES).fill(-Infinity);
  const back = new Int8Array(n * STATES).fill(-1);
  const first = emissions(lines, 0);
  score[TITLE] = first[TITLE];
  score[PROMPT] = first[PROMPT];
  for (let i = 1; i < n; i++) {
    const emit = emissions(lines, i);
    for (const [from, to, cost] of MOVES) {
      const candidate = score[(i - 1) * STATES + from] + cost + emit[to];
      if (candidate > score[i * STATES + to]) {
        score[i * STATES + to] = candidate;
        back[i * STATES + to] = from;
      }
    }
  }
  let state = PROMPT;
  let best = -Infinity;
  for (let s = 0; s < STATES; s++) {
    const total = score[(n - 1) * STATES + s] + END_COST[s];
    if (total > best) {
      best = total;
      state = s;
    }
  }
  const states = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    states[i] = state;
    state = back[i * STATES + state];
  }
  return states;
}

interface Card {
  prompt: Line[];
  answer: Line[];
  /** The first line of the next card's prompt, if any (evidence for alternation). */
  next?: Line;
}

function cards(lines: Line[], states: number[]): Card[] {
  const out: Card[] = [];
  for (let i = 0; i < lines.length; i++) {
    const state = states[i];
    if (state === PROMPT) {
      if (out.length) out[out.length - 1].next = lines[i];
      out.push({ prompt: [lines[i]], answer: [] });
    } else if (state === STEM_QUESTION) {
      out[out.length - 1].prompt.push(lines[i]);
    } else if (state === ANSWER || state === MORE) {
      out[out.length - 1].answer.push(lines[i]);
    }
  }
  return out;
}

function toEntry(card: Card, problems: ImportProblem[], decisions: ImportDecision[]): ImportEntry {
  const head = card.prompt[0];
  const prompt = card.prompt.map((line) => line.text).join(' ');
  const line = head.no;
  if (card.prompt.length > 1) {
    decisions.push({ line, message: `read lines ${head.no}–${card.prompt[card.prompt.length - 1].no} as one question: a statement, then the question about it` });
  }
  const kind = promptKind(prompt);
  if (!head.question && !head.asking && card.prompt.length === 1) {
    decisions.push({ line, message: promptDecision(card, kind) });
  }
  reportContinuations(card, decisions);

  const choices = readChoices(card.answer);
  if (choices) {
    if (!choices.choices.some((choice) => choice.correct)) {
      problems.push({ line, severity: 'warning', message: `no answer is marked right for ${quote(prompt)}: mark one with [x] in the note` });
    }
    return {
      kind: 'multipleChoice',
      line,
      prompt,
      choices: choices.choices,
      ...(choices.explanation ? { explanation: choices.explanation } : {}),
    };
  }

  const answer = answerMarkdown(prompt, card.answer);
  if (!card.answer.length) {
    problems.push({
      line,
      severity: 'warning',
      message: `no answer follows ${quote(prompt)}: it goes into the note with an empty ${kind === 'term' ? 'definition' : 'answer'} and becomes a card once you write one under the prompt`,
    });
  }
  return kind === 'term' ? { kind: 'term', line, term: termName(prompt), definition: answer } : { kind: 'basic', line, prompt, answer };
}

/** The answer lines as Markdown: list lines as `- item`, plain lines after a lead-in ":" as items too. */
function answerMarkdown(prompt: string, answer: Line[]): string {
  let leadIn = /:$/.test(prompt);
  const out: string[] = [];
  for (const line of answer) {
    for (const item of answerLineMarkdown(line.text, leadIn && !line.colonEnd)) out.push(item);
    if (line.colonEnd) leadIn = true;
  }
  return out.join('\n');
}

/** Options inline ("A) … B) …") or one per line, then perhaps "Answer: B" and an explanation. */
function readChoices(answer: Line[]): { choices: Array<{ text: string; correct: boolean }>; explanation: string } | undefined {
  if (!answer.length) return undefined;
  let texts = inlineChoices(answer[0].text);
  let used = texts ? 1 : 0;
  if (!texts) {
    const options: string[] = [];
    for (const line of answer) {
      const option = choiceLine(line.text);
      if (!option || option.letter.charCodeAt(0) !== 'a'.charCodeAt(0) + options.length) break;
      options.push(option.text);
    }
    if (options.length < 2) return undefined;
    texts = options;
    used = options.length;
  }
  let right: string | undefined;
  const rest: string[] = [];
  for (const line of answer.slice(used)) {
    const letter = right === undefined ? answerLetter(line.text) : undefined;
    if (letter !== undefined && letter.charCodeAt(0) - 'a'.charCodeAt(0) < texts.length) right = letter;
    else for (const item of answerLineMarkdown(line.text)) rest.push(item);
  }
  const choices = texts.map((text, i) => ({ text, correct: right !== undefined && right.charCodeAt(0) - 'a'.charCodeAt(0) === i }));
  return { choices, explanation: rest.join('\n') };
}

function promptDecision(card: Card, kind: 'term' | 'question'): string {
  const head = card.prompt[0];
  const name = termName(head.text);
  const what = kind === 'term' ? (name !== head.text ? `the term ${quote(name)}` : 'a term') : 'a prompt';
  const first = card.answer[0];
  if (!first) return `read ${quote(head.text)} as ${what} with no answer: ${card.next ? 'the line after it is another prompt' : 'it is the last line'}`;
  if (first.list || first.run) return `read ${quote(head.text)} as ${what}: the next line is a "-" list`;
  if (first.words >= 2 * head.words + 4) return `read ${quote(head.text)} as ${what}: a short line before a long one`;
  if (first.commaList) return `read ${quote(head.text)} as ${what}: the next line lists names separated by commas`;
  const own = kind === 'term' ? 'definition' : 'answer';
  const follows = card.next?.question ? ', and a question follows' : '';
  return `read ${quote(head.text)} as ${what} and ${quote(first.text)} as its ${own}: lines taken in turn, prompt then answer${follows}`;
}

/** Plain answer lines after the first (no list marker, no lead-in) were kept in the answer on weak evidence: say so. */
function reportContinuations(card: Card, decisions: ImportDecision[]): void {
  const prompt = quote(card.prompt.map((line) => line.text).join(' '));
  let group: Line[] = [];
  const flush = () => {
    if (!group.length) return;
    const from = group[0].no;
    const to = group[group.length - 1].no;
    const where = from === to ? `line ${from}` : `lines ${from}–${to}`;
    decisions.push({ line: from, message: `read ${where} as more of the answer to ${prompt}, not a new prompt: ${continuationEvidence(group)}` });
    group = [];
  };
  for (const line of card.answer.slice(1)) {
    const weak = !line.list && !line.run && !line.leadIn && !line.choices && !answerLetter(line.text);
    if (weak) group.push(line);
    else flush();
  }
  flush();
}

function continuationEvidence(group: Line[]): string {
  const one = group.length === 1;
  if (group.every((line) => line.label)) return one ? 'it has the "Name: text" shape of the line before' : 'they share the "Name: text" shape of the answer';
  if (group.every((line) => line.lower)) return one ? 'it starts in lower case' : 'they start in lower case';
  if (group.every((line) => line.words > 12 && !line.question)) return one ? 'a long line with no question mark' : 'long lines with no question mark';
  return one ? 'it asks nothing, and no answer follows it' : 'they ask nothing, and no answer follows them';
}

function titleEvidence(line: Line, next: Line | undefined): string {
  const named = line.text.match(new RegExp(TITLE_WORDS.source, 'gi'));
  if (named) return `it names the set ("${named[named.length - 1]}")`;
  if (next?.question) return 'a short line that asks nothing, before the first question';
  return 'the first line, short and asking nothing, and the lines after it pair up as prompt and answer';
}

function firstPromptEvidence(line: Line): string {
  if (line.asking) return `it starts with "${line.text.split(/\s+/)[0]}"`;
  return 'the lines pair up as prompt and answer from the first';
}

/** A line as the student will recognise it, cut at a word near 50 characters. */
function quote(text: string): string {
  if (text.length <= 50) return `"${text}"`;
  const cut = text.slice(0, 50);
  const space = cut.lastIndexOf(' ');
  return `"${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…"`;
}
