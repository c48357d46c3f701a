import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptionalPackages } from '../../scripts/complete-lockfile.ts';

describe('package-lock.json', () => {
  it('lists every optional platform package, so `npm ci` accepts it on a clean machine', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    expect([...missingOptionalPackages(lock).keys()], 'run `npm run lockfile`').toEqual([]);
  });

  it('detects a missing optional package', () => {
    const lock = { packages: { '': { optionalDependencies: { 'x-darwin': '1.0.0' } } } };
    expect([...missingOptionalPackages(lock)]).toEqual([['node_modules/x-darwin', '1.0.0']]);
  });
});
