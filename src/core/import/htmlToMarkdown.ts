// The HTML an Anki field holds, as the Markdown a student would have typed:
// line breaks and paragraphs, bold and italics, lists (nested), inline code,
// safe links, images as their alt text, entities decoded; scripts and styles
// dropped with their content, any other tag dropped with its text kept.
//
// Written by hand on purpose: converters such as turndown walk a DOM, and core
// runs without one (plain Node tests, the web extension host). Anki fields use
// a small set of tags, so a tolerant tokenizer and a few rules do the job. It
// never throws: unclosed tags are closed at the end, stray closing tags are
// ignored, and a `<` that opens no tag is text.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', times: '×',
  divide: '÷', plusmn: '±', minus: '−', le: '≤', ge: '≥', ne: '≠', asymp: '≈', euro: '€', pound: '£', yen: '¥',
  cent: '¢', sect: '§', para: '¶', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', lArr: '⇐',
  frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', micro: 'µ', shy: '', zwj: '', zwnj: '',
  eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', oacute: 'ó', uacute: 'ú', iacute: 'í', ccedil: 'ç',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', ntilde: 'ñ',
};

/** `&amp;`, `&#39;`, `&#x27;` and the common named entities; anything unknown stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// A tag, a comment, or a doctype; attribute values may hold `>` inside quotes.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<![a-zA-Z][^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

const BLOCKS = new Set([
  'div', 'p', 'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'figure',
  'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'dl', 'dt', 'dd', 'center', 'address', 'details', 'summary',
]);
const PARAGRAPHS = new Set(['p', 'blockquote', 'table', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'title', 'head', 'template', 'noscript']);

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎',
};

// Checked by hand at the end of the growing text: a regex anchored with `$` scans the whole string each time.
function endsInSpace(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 32 || last === 10 || last === 9;
}

function trimSpacesAtEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** An inline element waiting for its closing tag; `start` is set when its first text is written. */
interface Frame {
  tag: string;
  start: number;
  href?: string;
}

interface List {
  ordered: boolean;
  next: number;
  /** Width of the current item's marker ("- " is 2, "10. " is 4): nested items and continuation lines indent by it. */
  width: number;
}

class MarkdownOut {
  text = '';
  /** Line breaks owed before the next text: 1 a new line, 2 a blank line (a new paragraph). */
  private pending = 0;
  private marker: string | null = null;
  private frames: Frame[] = [];
  private lists: List[] = [];
  private cellsInRow = 0;
  pre = 0;

  breakLine(count: 1 | 2): void {
    this.pending = Math.max(this.pending, count);
  }

  /** `<br>`: a second one in a row makes a blank line. */
  lineBreak(): void {
    this.pending = Math.min(2, this.pending + 1);
  }

  write(raw: string): void {
    if (!raw) return;
    let s = raw;
    if (!/\S/.test(s)) {
      // Whitespace alone never flushes a pending break (it sits between blocks in most HTML).
      if (this.pending === 0 && this.text && !endsInSpace(this.text)) this.text += ' ';
      return;
    }
    if (this.pending > 0 || this.marker !== null) {
      if (this.text) {
        this.text = trimSpacesAtEnd(this.text) + '\n'.repeat(this.pending || 1);
        if (this.marker === null) this.text += this.indent(this.lists.length);
      }
      if (this.marker !== null) this.text += this.marker;
      this.pending = 0;
      this.marker = null;
    }
    // No space at a line's start or after another space (a preformatted line keeps its indentation).
    if (this.pre === 0 && (!this.text || endsInSpace(this.text))) s = s.replace(/^\s+/, '');
    for (const frame of this.frames) if (frame.start < 0) frame.start = this.text.length;
    this.text += s;
  }

  /** Indentation of a line inside the innermost `depth` lists. */
  private indent(depth: number): string {
    let width = 0;
    for (let i = 0; i < depth; i++) width += this.lists[i].width;
    return ' '.repeat(width);
  }

  open(tag: string, href?: string): void {
    this.frames.push({ tag, start: -1, href });
  }

  /** Closes `tag` and anything opened inside it; a closing tag nothing opened is ignored. */
  close(tag: string): void {
    const at = this.frames.map((f) => f.tag).lastIndexOf(tag);
    if (at < 0) return;
    while (this.frames.length > at) this.finish(this.frames.pop() as Frame);
  }

  closeAll(): void {
    while (this.frames.length) this.finish(this.frames.pop() as Frame);
  }

  private finish(frame: Frame): void {
    if (frame.start < 0) {
      // Nothing written inside: a link still shows where it went.
      if (frame.tag === 'a' && frame.href) this.write(`<${frame.href}>`);
      return;
    }
    const before = this.text.slice(0, frame.start);
    const content = this.text.slice(frame.start);
    const lead = /^\s*/.exec(content)?.[0] ?? '';
    const trail = /\s*$/.exec(content)?.[0] ?? '';
    const core = content.trim();
    if (!core) return;
    this.text = before + lead + wrap(frame, core) + trail;
  }

  startList(ordered: boolean, start: number): void {
    this.breakLine(1);
    this.lists.push({ ordered, next: start, width: 0 });
  }

  endList(): void {
    this.lists.pop();
    // After the outermost list a blank line, or the next text would continue its last item.
    this.breakLine(this.lists.length ? 1 : 2);
  }

  item(): void {
    if (!this.lists.length) this.lists.push({ ordered: false, next: 1, width: 0 });
    const list = this.lists[this.lists.length - 1];
    const marker = list.ordered ? `${list.next++}. ` : '- ';
    this.breakLine(1);
    this.marker = this.indent(this.lists.length - 1) + marker;
    list.width = marker.length;
  }

  row(): void {
    this.breakLine(1);
    this.cellsInRow = 0;
  }

  cell(): void {
    if (this.cellsInRow++ > 0) this.write(' | ');
  }
}

function wrap(frame: Frame, core: string): string {
  switch (frame.tag) {
    case 'b': case 'strong': case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return `**${core}**`;
    case 'i': case 'em':
      return `*${core}*`;
    case 'code': case 'kbd': case 'tt': case 'samp':
      return core.includes('`') ? `\`\` ${core} \`\`` : `\`${core}\``;
    case 'sup':
      return [...core].every((c) => c in SUPERSCRIPT) ? [...core].map((c) => SUPERSCRIPT[c]).join('') : core;
    case 'sub':
      return [...core].every((c) => c in SUBSCRIPT) ? [...core].map((c) => SUBSCRIPT[c]).join('') : core;
    case 'a': {
      const href = frame.href ?? '';
      if (!href) return core;
      const target = /[\s()<>]/.test(href) ? `<${href.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>` : href;
      return `[${core.replace(/([[\]])/g, '\\$1')}](${target})`;
    }
    default:
      return core;
  }
}

function attribute(attrs: string, name: string): string | undefined {
  if (!attrs.includes('=')) return undefined;
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
}

/** A link is kept only when it goes to the web or to an email address; `javascript:` and the rest become text. */
function safeHref(href: string | undefined): string | undefined {
  return href && /^(https?:\/\/|mailto:)/i.test(href) ? href : undefined;
}

function imageText(attrs: string): string {
  const alt = attribute(attrs, 'alt');
  if (alt) return alt;
  const src = attribute(attrs, 'src');
  if (!src) return '[image]';
  let name = src.split(/[?#]/)[0].split('/').pop() || src;
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape: show the name as written.
  }
  return `[image: ${name}]`;
}

export function htmlToMarkdown(html: string): string {
  const out = new MarkdownOut();
  const text = (raw: string) => {
    if (!raw) return;
    const decoded = decodeEntities(raw);
    if (out.pre > 0) {
      const lines = decoded.split('\n');
      lines.forEach((line, i) => {
        if (i > 0) out.lineBreak();
        out.write(line);
      });
    } else {
      out.write(decoded.replace(/[ \t\n\r\f]+/g, ' '));
    }
  };
  TOKEN.lastIndex = 0;
  let at = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    text(html.slice(at, match.index));
    at = TOKEN.lastIndex;
    const name = match[1]?.toLowerCase();
    if (!name) continue; // a comment or a doctype
    const closing = match[0][1] === '/';
    const attrs = match[2] ?? '';
    if (!closing && DROPPED_WITH_CONTENT.has(name)) {
      if (/\/\s*$/.test(attrs)) continue;
      const end = new RegExp(`</${name}\\s*>`, 'ig');
      end.lastIndex = at;
      const found = end.exec(html);
      at = found ? end.lastIndex : html.length;
      TOKEN.lastIndex = at;
      continue;
    }
    element(out, name, closing, attrs);
  }
  text(html.slice(at));
  out.closeAll();
  return dedent(out.text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, ''));
}

/** A list nested in an item with no text of its own (`<li><ul><li>…`) starts indented: shift every line back by the common indent, keeping the nesting. */
function dedent(text: string): string {
  const indents = text.split('\n').filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return common ? text.replace(new RegExp(`^ {${common}}`, 'gm'), '') : text;
}

function element(out: MarkdownOut, name: string, closing: boolean, attrs: string): void {
  switch (name) {
    case 'br':
      out.lineBreak();
      return;
    case 'hr':
      out.breakLine(2);
      return;
    case 'img':
      if (!closing) out.write(imageText(attrs));
      return;
    case 'ul': case 'ol':
      if (closing) out.endList();
      else out.startList(name === 'ol', name === 'ol' ? Math.max(1, parseInt(attribute(attrs, 'start') ?? '1', 10) || 1) : 1);
      return;
    case 'li':
      if (closing) out.breakLine(1);
      else out.item();
      return;
    case 'tr':
      if (!closing) out.row();
      else out.breakLine(1);
      return;
    case 'td': case 'th':
      if (!closing) out.cell();
      return;
    case 'b': case 'strong': case 'i': case 'em': case 'code': case 'kbd': case 'tt': case 'samp': case 'sup': case 'sub':
      if (closing) out.close(name);
      else out.open(name);
      return;
    case 'a':
      if (closing) out.close('a');
      else out.open('a', safeHref(attribute(attrs, 'href')));
      return;
  }
  if (HEADINGS.has(name)) {
    out.breakLine(2);
    if (closing) out.close(name);
    else out.open(name);
    return;
  }
  if (BLOCKS.has(name)) {
    if (name === 'pre') out.pre = Math.max(0, out.pre + (closing ? -1 : 1));
    out.breakLine(PARAGRAPHS.has(name) ? 2 : 1);
  }
  // Any other tag (span, font, u, mark, …): dropped, its text kept.
}
