// The mocha instance of the integration suite. Imported before the test files
// so the tdd globals (suite, test, ...) exist when their top level runs.
import Mocha from 'mocha';

export const mocha = new Mocha({ ui: 'tdd', color: !process.env.NO_COLOR, timeout: 20000 });
mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
