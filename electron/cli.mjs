#!/usr/bin/env node
// `npx clinic-assessor …` after `npm ci`: runs the TypeScript command line through tsx.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
