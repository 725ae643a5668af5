// Quizlet's export text: a term, a separator (tab by default, a comma, or any
// string the student typed), the definition; rows split by a newline, ';' or
// any string. The export has no title and no quoting: a definition may hold
// the field separator again (only the first one splits) and, with a row
// separator other than a newline, may run over several lines.

import { answerLineMarkdown } from './answerLines';
import { quizletSeparators, separatorName } from './detect';
import type { ImportEntry, ImportProblem, ImportSet, ImportSettings } from './importModel';
import { promptKind, termName } from './promptKind';

export function parseQuizlet(text: string, settings: ImportSettings): ImportSet {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const found = !settings.fieldSeparator || !settings.rowSeparator ? quizletSeparators(body, settings) : undefined;
  const fieldSeparator = normalise(settings.fieldSeparator) ?? found?.fieldSeparator ?? '\t';
  const rowSeparator = normalise(settings.rowSeparator) ?? found?.rowSeparator ?? '\n';
  const entries: ImportEntry[] = [];
  const problems: ImportProblem[] = [];

  for (const row of rows(body, rowSeparator)) {
    const at = row.text.indexOf(fieldSeparator);
    const rawTerm = at < 0 ? row.text : row.text.slice(0, at);
    const rawDefinition = at < 0 ? '' : row.text.slice(at + fieldSeparator.length);
    // A prompt is one line in the note; a definition keeps its lines.
    const term = rawTerm.replace(/\s+/g, ' ').trim();
    const definition = definitionMarkdown(rawDefinition);
    const line = row.line;
    if (at < 0) {
      problems.push({
        line,
        severity: 'warning',
        message: `no ${separatorName(fieldSeparator).replace(/^an? /, '')} between term and definition: ${quote(term)} is imported with an empty definition; write it in the note, or choose another separator`,
      });
    } else if (!term) {
      problems.push({ line, severity: 'warning', message: `a definition with no term (${quote(definition)}): it is imported with an empty prompt; write the term in the note` });
    } else if (!definition) {
      problems.push({ line, severity: 'warning', message: `${quote(term)} has no definition: it is imported empty; write it in the note` });
    }
    entries.push(promptKind(term) === 'term' && term ? { kind: 'term', line, term: termName(term), definition } : { kind: 'basic', line, prompt: term, answer: definition });
  }
  return { format: 'quizlet', title: '', entries, problems, decisions: [], settings: { fieldSeparator, rowSeparator } };
}

function normalise(separator: string | undefined): string | undefined {
  return separator ? separator.replace(/\r\n?/g, '\n') : undefined;
}

/** The non-blank rows, each with the 1-based line of its first character that is not a space. */
function rows(body: string, separator: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let line = 1;
  let offset = 0;
  while (offset <= body.length) {
    const end = body.indexOf(separator, offset);
    const stop = end < 0 ? body.length : end;
    const text = body.slice(offset, stop);
    const lead = text.length - text.trimStart().length;
    if (text.trim()) out.push({ text, line: line + count(text.slice(0, lead)) });
    line += count(text) + (end < 0 ? 0 : count(separator));
    if (end < 0) break;
    offset = end + separator.length;
  }
  return out;
}

function count(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The definition's lines, blank ones at either end dropped, list lines as `- item`. */
function definitionMarkdown(raw: string): string {
  const lines = raw.split('\n').flatMap((line) => (line.trim() ? answerLineMarkdown(line) : ['']));
  while (lines.length && !lines[0]) lines.shift();
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return lines.join('\n');
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 50 ? `${flat.slice(0, 48).trimEnd()}…` : flat}"`;
}
