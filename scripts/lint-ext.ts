// Lints the Firefox build with web-ext (Mozilla's add-on linter): any error, warning or notice fails.
// The Chrome build is not linted this way: the linter checks Firefox rules (gecko id, scripts background).
import webExt from 'web-ext';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const sourceDir = resolve(import.meta.dirname, '../dist/firefox');
if (!existsSync(resolve(sourceDir, 'manifest.json'))) {
  console.error('lint:ext: dist/firefox is missing; run npm run build first');
  process.exit(2);
}

interface LintResult {
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
  notices: { code: string; message: string; file?: string }[];
}

const result = (await webExt.cmd.lint(
  { sourceDir, output: 'text', selfHosted: false, boring: true, warningsAsErrors: false },
  { shouldExitProgram: false },
)) as LintResult;

const { errors, warnings, notices } = result;
for (const [label, list] of [['error', errors], ['warning', warnings], ['notice', notices]] as const) {
  for (const item of list) console.error(`${label}: ${item.code} ${item.file ?? ''} ${item.message}`);
}
console.log(`web-ext lint dist/firefox: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
process.exit(errors.length + warnings.length + notices.length > 0 ? 1 : 0);
