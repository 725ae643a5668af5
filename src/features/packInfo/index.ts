// The "CRM Study" output channel: what was loaded, and any problem loading it.

import vscode = require('vscode');
import { Commands, OUTPUT_CHANNEL } from '../../vscode/constants';

export function registerPackInfo(output: vscode.OutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.showPackInfo, () => output.show(true));
}

export function createOutput(): vscode.OutputChannel {
  return vscode.window.createOutputChannel(OUTPUT_CHANNEL);
}
