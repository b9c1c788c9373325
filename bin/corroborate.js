#!/usr/bin/env node
// Runs the CLI from a cached bundle of the TypeScript sources (bin/bundle.js), so `npx corroborate` works right
// after `npm ci` and starts fast; the bundle is rebuilt whenever a source changes.
import { loadMain } from './bundle.js';

const main = await loadMain();
process.exitCode = await main(process.argv);
