// What a student sees with the extension loaded from source: open a lecture
// note, run "Show Course Pack Info" from the palette, read the pack counts.
import * as assert from 'assert';
import { showPackInfo, useWorkbench } from './workbench';

suite('Course pack info in the workbench', () => {
  const workbench = useWorkbench();

  test('a lecture note opens from Quick Open', async () => {
    await workbench().openFile('lecture8-relationships.md');
    await workbench().screenshot('note-open');
  });

  test('"CRM Study: Show Course Pack Info" shows the pack counts in the Output panel', async () => {
    const { concepts, cards, topics } = await showPackInfo(workbench());
    await workbench().screenshot('pack-info-output');
    assert.ok(concepts >= 60, `${concepts} concepts`);
    assert.ok(cards >= 200, `${cards} cards`);
    assert.ok(topics >= 1, `${topics} topics`);
  });
});
