// Lints the Firefox build with web-ext (addons-linter), the same checks addons.mozilla.org runs on upload.
// Fails on any error or warning: a warning there means a rejected or degraded listing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}
interface WebExt {
  cmd: {
    lint(
      params: { sourceDir: string; output: 'text' | 'json' | 'none'; boring?: boolean },
      options: { shouldExitProgram: boolean },
    ): Promise<LintResult>;
  };
}

const root = resolve(import.meta.dirname, '..');
// `npm run lint:ext -- <dir>` lints another unpacked build.
const sourceDir = resolve(root, process.argv[2] ?? 'dist/firefox');

async function main(): Promise<number> {
  if (!existsSync(join(sourceDir, 'manifest.json'))) {
    console.error(`lint:ext: no manifest.json in ${sourceDir}: run npm run build first`);
    return 2;
  }
  // web-ext ships no type declarations; the module name in a variable keeps the import untyped on purpose.
  const moduleName: string = 'web-ext';
  const webExt = ((await import(moduleName)) as { default: WebExt }).default;
  const result = await webExt.cmd.lint({ sourceDir, output: 'text', boring: !process.stdout.isTTY }, { shouldExitProgram: false });
  const { errors, warnings, notices } = result;
  console.log(`web-ext lint ${sourceDir.slice(root.length + 1) || sourceDir}: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
  return errors.length + warnings.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`lint:ext: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
