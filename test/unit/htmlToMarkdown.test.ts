// The HTML an Anki field holds becomes the Markdown a student would have
// typed: a table of inputs and what the note shows, including the malformed
// HTML real fields carry, and arbitrary text that never breaks the converter.

import * as assert from 'assert';
import fc from 'fast-check';
import { decodeEntities, htmlToMarkdown } from '../../src/core/import/htmlToMarkdown';

const CASES: Array<[string, string, string]> = [
  ['plain text passes through', 'Key account management', 'Key account management'],
  ['<br> starts a new line', 'first line<br>second line', 'first line\nsecond line'],
  ['two <br> make a blank line', 'first<br><br>second', 'first\n\nsecond'],
  ['each <div> is a line, an empty one a blank line', '<div>one</div><div>two</div><div><br></div><div>three</div>', 'one\ntwo\n\nthree'],
  ['<p> paragraphs are separated by a blank line', '<p>one</p><p>two</p>', 'one\n\ntwo'],
  ['<b> and <strong> are bold', '<b>KAM</b> and <strong>SCOPE</strong>', '**KAM** and **SCOPE**'],
  ['<i> and <em> are italic', '<i>churn</i> or <em>attrition</em>', '*churn* or *attrition*'],
  ['spaces inside bold move outside it', 'a <b>bold </b>word and <i> slanted</i>!', 'a **bold** word and *slanted*!'],
  ['bold around nothing leaves nothing', 'a<b> </b>b<i></i>c', 'a bc'],
  ['<u> and <span style> keep their text', '<u>under</u> <span style="color: red">red</span> <font color="blue">blue</font>', 'under red blue'],
  ['a bullet list', 'Parts:<ul><li>Suppliers</li><li>Customers</li></ul>', 'Parts:\n- Suppliers\n- Customers'],
  ['a numbered list', '<ol><li>Awareness</li><li>Exploration</li></ol>', '1. Awareness\n2. Exploration'],
  ['a numbered list keeps its start', '<ol start="3"><li>Expansion</li><li>Commitment</li></ol>', '3. Expansion\n4. Commitment'],
  ['a list nested one level', '<ul><li>Tech<ul><li>apps</li><li>data</li></ul></li><li>People</li></ul>', '- Tech\n  - apps\n  - data\n- People'],
  ['a bullet list inside a numbered one indents under its text', '<ol><li>two<ul><li>part</li></ul></li></ol>', '1. two\n   - part'],
  ['text after a list is a new paragraph', '<ul><li>a</li></ul>after', '- a\n\nafter'],
  ['bold inside a list item', '<ul><li><b>People</b> who sell</li></ul>', '- **People** who sell'],
  ['<code> becomes backticks', 'run <code>npm test</code>', 'run `npm test`'],
  ['code holding a backtick gets double backticks', '<code>a`b</code>', '`` a`b ``'],
  ['a web link', '<a href="https://example.org/crm">the article</a>', '[the article](https://example.org/crm)'],
  ['a mail link', '<a href="mailto:tutor@example.org">mail me</a>', '[mail me](mailto:tutor@example.org)'],
  ['a link with a space in its address', '<a href="https://example.org/a b">x</a>', '[x](<https://example.org/a%20b>)'],
  ['a javascript: link is only its text', '<a href="javascript:alert(1)">click</a>', 'click'],
  ['a file link is only its text', "<a href='file:///etc/passwd'>local</a>", 'local'],
  ['an image is its alt text', '<img src="chart.png" alt="CLV over time">', 'CLV over time'],
  ['an image without alt names its file', '<img src="paste-1f2e.jpg">', '[image: paste-1f2e.jpg]'],
  ['an image name is unescaped', '<img src="media/my%20chart.png?x=1">', '[image: my chart.png]'],
  ['digits in <sup> and <sub> become superscript and subscript', 'x<sup>2</sup> and H<sub>2</sub>O', 'x² and H₂O'],
  ['other <sup> text stays as text', '10<sup>th</sup>', '10th'],
  ['named entities', 'R&amp;D &lt;tag&gt; &quot;q&quot; &apos;a&apos; &ndash; &hellip;', 'R&D <tag> "q" \'a\' – …'],
  ['numeric entities, decimal and hex', 'it&#39;s &#x27;hex&#x27; &#8364;', "it's 'hex' €"],
  ['&nbsp; is a space', 'a&nbsp;b', 'a b'],
  ['an unknown entity stays as written', 'a &bogus; b &amp', 'a &bogus; b &amp'],
  ['<script> and <style> go with their content', '<style>b { color: red }</style>kept<script>alert("x")</script>!', 'kept!'],
  ['an unclosed <script> drops the rest', 'before<script>never closed', 'before'],
  ['HTML comments go', 'a<!-- hidden -->b', 'ab'],
  ['unknown tags go, their text stays', '<section><custom-tag>inside</custom-tag></section>', 'inside'],
  ['an unclosed bold is closed at the end', 'unclosed <b>bold', 'unclosed **bold**'],
  ['a stray closing tag is ignored', 'text</b></i> more', 'text more'],
  ['a "<" that opens no tag is text', '3 < 4 and 5 > 2, a<b', '3 < 4 and 5 > 2, a<b'],
  ['a ">" inside a quoted attribute does not end the tag', '<span title="a > b">kept</span>', 'kept'],
  ['whitespace and source line breaks collapse as a browser shows them', 'one\n  two\t three', 'one two three'],
  ['<pre> keeps its lines and indentation', '<pre>line 1\n  line 2</pre>', 'line 1\n  line 2'],
  ['a table row is one line, cells separated by |', '<table><tr><td>KAM</td><td>accounts</td></tr><tr><td>CLV</td><td>value</td></tr></table>', 'KAM | accounts\nCLV | value'],
  ['a heading is a bold paragraph', '<h3>Title</h3>text', '**Title**\n\ntext'],
  ['leading and trailing breaks go', '<br><div></div>text<br><br>', 'text'],
  ['uppercase tags work the same', '<B>bold</B><BR>next', '**bold**\nnext'],
];

suite('HTML to Markdown', () => {
  for (const [name, html, markdown] of CASES) {
    test(name, () => assert.strictEqual(htmlToMarkdown(html), markdown));
  }

  test('a list nested in an item with no text of its own is not left indented', () => {
    assert.strictEqual(htmlToMarkdown('<ul><li><ul><li>KAM</li><li>SCOPE<ul><li>Suppliers</li></ul></li></ul></li></ul>'), '- KAM\n- SCOPE\n  - Suppliers');
  });

  test('an invalid numeric entity stays as written', () => {
    assert.strictEqual(decodeEntities('&#0; &#xD800; &#x110000;'), '&#0; &#xD800; &#x110000;');
  });

  test('any text converts without throwing, with no tag left and no blank run of lines', () => {
    const piece = fc.constantFrom('<b>', '</b>', '<i>', '<ul>', '<li>', '</li>', '</ul>', '<ol>', '<br>', '<div>', '</div>', '<a href="https://x.org">', '</a>', '<script>', '</script>', '&amp;', '&#39;', '<', '>', 'KAM', ' ', '\n', '"', '<img src="p.png">', '<p>', '</p>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const markdown = htmlToMarkdown(pieces.join(''));
        assert.ok(!/<\/?(b|i|ul|li|ol|br|div|a|p|img|script)\b[^>]*>/.test(markdown), markdown);
        assert.ok(!/\n\n\n/.test(markdown), markdown);
        assert.strictEqual(markdown, markdown.trim());
      }),
    );
  });
});
