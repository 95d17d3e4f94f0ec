#!/usr/bin/env node
// Khulasa CLI launcher: runs the TypeScript CLI (the same core as the extension) through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
