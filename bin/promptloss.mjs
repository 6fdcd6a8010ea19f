#!/usr/bin/env node
// The promptloss command: runs lib/cli (TypeScript) under Node through tsx, with no browser.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
