#!/usr/bin/env node
// Khulasa CLI launcher: runs the compiled CLI (dist-cli/khulasa.js, built from src/cli by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist-cli/khulasa.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write(
    `khulasa: the CLI is not built yet: run \`npm run build\` (or \`npm start\`) in ${fileURLToPath(new URL('..', import.meta.url))}\n`,
  );
  process.exit(1);
}
// `khulasa … | head`: the reader closed the pipe; stop quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  else throw e;
});
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
