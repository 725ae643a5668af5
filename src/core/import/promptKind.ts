// Is a prompt a term to define ("KAM", "Geographic structure") or a question
// ("What is CLV?", "Explain the value creation process")? A term becomes a
// concept (it gets a hover and a sidebar row); a question becomes a card. Every
// reader asks this one function, so Quizlet, CSV and a copied set agree.

const ASKING = /^(what|why|how|when|where|which|who|whom|whose|is|are|does|do|did|can|could|should|would|will|explain|describe|define|discuss|compare|contrast|list|name|outline|identify|give|state|evaluate|analyse|analyze|assess|summarise|summarize|distinguish|illustrate|justify|according)\b/i;

export type PromptKind = 'term' | 'question';

/** True when the text opens with a word that asks ("What", "Explain", "List"...). */
export function startsWithAskingWord(text: string): boolean {
  return ASKING.test(text.trim());
}

export function promptKind(prompt: string): PromptKind {
  const text = prompt.trim();
  if (!text) return 'question';
  if (/[?？]/.test(text)) return 'question';
  if (ASKING.test(text)) return 'question';
  if (/\{\{|==/.test(text)) return 'question';
  // A term is short: a name, an acronym, a few words; a sentence is a question in disguise.
  if (text.length > 70 || text.split(/\s+/, 9).length > 8) return 'question';
  if (/[.!:;]$/.test(text)) return 'question';
  return 'term';
}

/**
 * The term a term prompt names: "Definition of CRM" names CRM, so the concept (and its
 * hover) is CRM, not the words around it. Any other prompt is returned trimmed.
 */
export function termName(prompt: string): string {
  const text = prompt.trim();
  const named = /^(?:the\s+)?(?:definition|meaning)\s+of\s+(?:the\s+term\s+)?(.+?)\s*:?$/i.exec(text);
  return named && named[1].trim() ? named[1].trim() : text;
}
