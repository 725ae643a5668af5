// The HTML Anki fields hold, as Markdown (helper A2).

export function htmlToMarkdown(html: string): string {
  throw new Error('htmlToMarkdown: not built yet');
}
