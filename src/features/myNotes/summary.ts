// The output channel's one line after the first index. No vscode import.

export interface IndexSummary {
  notes: number;
  fromCache: number;
  withContent: number;
  concepts: number;
  cards: number;
  ms: number;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Notes: 120 notes read (100 unchanged, from the saved index), 14 with study content (3 concepts, 40 cards) in 85 ms" */
export function summaryLine(s: IndexSummary): string {
  const cached = s.fromCache > 0 ? ` (${s.fromCache} unchanged, from the saved index)` : '';
  return `Notes: ${count(s.notes, 'note', 'notes')} read${cached}, ${s.withContent} with study content (${count(s.concepts, 'concept', 'concepts')}, ${count(s.cards, 'card', 'cards')}) in ${Math.round(s.ms)} ms`;
}
