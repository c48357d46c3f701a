/**
 * One composition root per group of use cases: the dependencies are built once per process (a
 * Lambda's cold start) and kept while the settings and the overrides stay the same. Settings primed
 * by the local server or a test (`setConfig`) are new objects, so the next call builds again.
 */
import { getConfig, type Config } from '#config';

/** A cached set of dependencies `T`, with overrides a runtime (or a test) can put in and take out. */
export function compositionRoot<T extends object>(build: (config: Config) => T) {
  let overrides: Partial<T> = {};
  let built: { config: Config; overrides: Partial<T>; dependencies: T } | undefined;
  return {
    /** Replaces some dependencies for this process; returns a function that undoes it. */
    configure(changes: Partial<T>): () => void {
      const before = overrides;
      overrides = { ...overrides, ...changes };
      return () => {
        overrides = before;
      };
    },
    /** The dependencies from the current settings plus any overrides. */
    get(): T {
      const config = getConfig();
      if (built?.config === config && built.overrides === overrides) return built.dependencies;
      const dependencies = { ...build(config), ...overrides };
      built = { config, overrides, dependencies };
      return dependencies;
    },
  };
}
