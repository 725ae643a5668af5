// What a student sees in webviews: Markdown renders, hostile content stays inert.

import * as assert from 'assert';
import { renderClozeFront, renderMarkdown } from '../../src/core/markdown/render';

suite('safe Markdown rendering', () => {
  test('ordinary Markdown renders', () => {
    assert.strictEqual(renderMarkdown('**KAM** and [Buttle](https://example.org)').trim(),
      '<p><strong>KAM</strong> and <a href="https://example.org" rel="noopener noreferrer">Buttle</a></p>');
  });

  test('an <img onerror> in a card renders as text, not as an element', () => {
    const html = renderMarkdown('<img src=x onerror=alert(1)>');
    assert.ok(!html.includes('<img'), html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), html);
  });

  test('a <script> tag renders as text', () => {
    const html = renderMarkdown('<script>alert(1)</script>');
    assert.ok(!/<script/i.test(html), html);
  });

  test('a javascript: link is not a link', () => {
    const html = renderMarkdown('[click](javascript:alert(1))');
    assert.ok(!html.includes('href'), html);
  });

  test('a data: or command: link is not a link', () => {
    assert.ok(!renderMarkdown('[x](data:text/html,hi)').includes('href'));
    assert.ok(!renderMarkdown('[x](command:workbench.action.quit)').includes('href'));
  });

  test('a cloze front blanks each deletion and shows hints', () => {
    const html = renderClozeFront('Dwyer puts {{exploration}} before {{expansion::a phase}}.');
    assert.strictEqual(html.trim(), '<p>Dwyer puts <span class="cloze" data-cloze="0">[…]</span> before <span class="cloze" data-cloze="1">[a phase]</span>.</p>');
    assert.ok(!html.includes('exploration'));
  });

  test('a hostile cloze hint stays inert', () => {
    const html = renderClozeFront('x {{y::<img src=x onerror=alert(1)>}}');
    assert.ok(!html.includes('<img'), html);
  });
});
