// Entry point of the integration suite that runs inside VS Code's extension
// host; both launchers (code-server and @vscode/test-electron) call run().
// esbuild bundles this file, so every test file is imported here statically,
// after ./mocha has installed the tdd globals.
import { mocha } from './mocha';
import './activation.test';
import './conceptTree.test';
import './flashcards.test';
import './calcCards.test';
import './quiz.test';
import './hover.test';
import './search.test';
import './myNotes.test';
import './notesEverywhere.test';
import './importExport.test';
import './checkNotes.test';
import './examDate.test';
import './dashboard.test';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
