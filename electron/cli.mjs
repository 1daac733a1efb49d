#!/usr/bin/env node
// `npx clinic-assessor …` after `npm ci`: runs the TypeScript command line through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
await main(process.argv.slice(2));
