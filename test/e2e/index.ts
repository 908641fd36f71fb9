// Entry point VS Code loads in the extension host (`extensionTestsPath`): runs every *.test.js next to it with
// mocha. Mocha is bundled in, so the suite needs no node_modules at run time. E2E_GREP selects tests by name.
import * as path from 'node:path';
import * as fs from 'node:fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', grep: process.env.E2E_GREP || undefined });
  // E2E_PART (scripts/e2e/run.mjs): `preview` runs only the preview tests (VS Code's Markdown features on), else the rest.
  const preview = process.env.E2E_PART === 'preview';
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.test.js') && (n === 'preview.test.js') === preview).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}
