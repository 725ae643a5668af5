// What a student sees: in a lecture note, hovering "KAM" pops up "Key account
// management" with its definition and the links to open or study it; with
// "crmStudy.highlightTerms" on, terms carry a dotted underline.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SAMPLE_NOTES, useWorkbench } from './workbench';

suite('Hovering a term in a lecture note', () => {
  const workbench = useWorkbench();

  test('hovering KAM in lecture8-relationships.md shows Key account management', async function () {
    this.timeout(120000);
    await workbench().openFile('lecture8-relationships.md');
    const text = await workbench().hoverOnceReady('KAM', /Key account management/i);
    assert.match(text, /Key account management/i);
    assert.match(text, /Show Concept/);
    assert.match(text, /Study/);
    // Let the hover finish fading in before the picture.
    await workbench().page.waitForTimeout(500);
    await workbench().screenshot('hover-kam');
  });
});

suite('Term underlines in a lecture note', () => {
  let folder = '';
  const workbench = useWorkbench(() => {
    // A copy of the sample notes whose workspace settings turn the underlines on.
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-highlight-'));
    fs.cpSync(SAMPLE_NOTES, folder, { recursive: true });
    fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'crmStudy.highlightTerms': true }));
    return { folder };
  });
  suiteTeardown(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  test('with crmStudy.highlightTerms on, KAM is underlined and the words around it are not', async () => {
    await workbench().openFile('lecture8-relationships.md');
    const page = workbench().page;
    // Underlines are drawn as decoration boxes over the text: is there one exactly under each word?
    // (Page code as a string: the TypeScript loader would add helpers the page does not have.)
    const script = `(() => {
      const root = document.querySelector('.editor-group-container.active .monaco-editor');
      const line = root && [...root.querySelectorAll('.view-line')].find((l) => l.textContent.replace(/\\u00a0/g, ' ').includes('Our KAM team'));
      if (!line) return null;
      const boxes = [...root.querySelectorAll('.view-overlays [class*="ced-"]')].map((d) => d.getBoundingClientRect());
      const result = {};
      for (const word of ['KAM', 'team', 'Our']) {
        const at = line.textContent.replace(/\\u00a0/g, ' ').indexOf(word);
        const walker = document.createTreeWalker(line, 4);
        let rect = null;
        for (let offset = 0, node = walker.nextNode(); node && !rect; offset += node.data.length, node = walker.nextNode()) {
          if (at < offset + node.data.length) {
            const range = document.createRange();
            range.setStart(node, at - offset);
            range.setEnd(node, at - offset + word.length);
            rect = range.getBoundingClientRect();
          }
        }
        result[word] = !!rect && boxes.some((b) => Math.abs(b.left - rect.left) < 2 && Math.abs(b.width - rect.width) < 2 && Math.abs(b.top - rect.top) < 4);
      }
      return result;
    })()`;
    const underlined = () => page.evaluate(script) as Promise<Record<string, boolean> | null>;
    const deadline = Date.now() + 20000;
    let seen = await underlined();
    while (!seen?.KAM && Date.now() < deadline) {
      await page.waitForTimeout(250);
      seen = await underlined();
    }
    await workbench().screenshot('highlight-terms');
    assert.deepStrictEqual(seen, { KAM: true, team: false, Our: false });
  });
});
