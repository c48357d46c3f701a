/**
 * Adds the missing platform packages to package-lock.json.
 *
 * Why: the package registry this project is built against does not serve every platform binary
 * (for instance `@pagefind/darwin-arm64`). `npm install` then leaves those optional packages out
 * of the lock file, and `npm ci` refuses a lock file that lacks a declared optional dependency.
 * An entry with only `version` and `optional: true` satisfies `npm ci` everywhere: on Linux the
 * package is skipped, on a Mac npm fetches it from the public registry.
 *
 * Run after every dependency change: `npm run lockfile`. A unit test fails when it is forgotten.
 */
import { readFileSync, writeFileSync } from 'node:fs';

type LockPackage = { version?: string; optional?: boolean; optionalDependencies?: Record<string, string> };
type Lock = { packages: Record<string, LockPackage> };

/** The optional dependencies that have no entry in the lock file, as `node_modules/<name>` → version. */
export function missingOptionalPackages(lock: Lock): Map<string, string> {
  const missing = new Map<string, string>();
  for (const [key, pkg] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
      const nested = `${key ? `${key}/` : ''}node_modules/${name}`;
      const top = `node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[top]) missing.set(top, version);
    }
  }
  return missing;
}

if (import.meta.main) {
  const file = 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8')) as Lock;
  const missing = missingOptionalPackages(lock);
  for (const [key, version] of missing) lock.packages[key] = { version, optional: true };
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(missing.size === 0 ? 'package-lock.json is compleet.' : `Toegevoegd aan package-lock.json: ${[...missing.keys()].join(', ')}`);
}
