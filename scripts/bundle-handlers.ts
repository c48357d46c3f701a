/**
 * Bundles the Lambda handlers: one self-contained ESM file per handler module, exactly as the CDK
 * app deploys them (`infra/lib/stateless-stack.ts` calls `bundleHandlers`, and so does
 * `test/infra/bundles.test.ts`, which loads each bundle in a fresh Node process).
 *
 *   node scripts/bundle-handlers.ts [outDir]      (prints each bundle's size)
 *
 * Each bundle's entry is a small generated module that imports `functions/lambda-runtime.ts` first
 * and then re-exports the handler module's `handler`: the runtime module runs once per cold start,
 * before the handler module, reads the Lambda settings and the signing key and switches the adapters
 * to their AWS versions. The AWS SDK v3 stays external: the Node.js 24 runtime provides it.
 *
 * What keeps the bundles small (`form-initiative` weighed 3.8 MB unminified):
 * - `import { z } from 'zod'` binds zod's namespace object as one value, which esbuild cannot
 *   tree-shake (Rollup can): every locale (260 kB) came along. `import * as z from 'zod'` is the
 *   same namespace and does shake, so project files are read with that spelling.
 * - The no-JS form routes render views from `ui/` to static HTML. React's static renderer alone is
 *   107 kB minified; in the bundles `react` is Preact's compatibility layer and `react-dom/server`
 *   Preact's string renderer (`scripts/lambda-shims/`), about 20 kB together. Locally the same code
 *   runs on React; a unit test renders every view with both and compares the HTML.
 * `process.env.NODE_ENV` is "production", so development builds drop out.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/** The project root (this file lives in `scripts/`). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Size budget of one minified bundle, in bytes (issue 12). */
export const MAX_BUNDLE_BYTES = 300 * 1024;

/** The handler modules that are Lambda entries but not HTTP routes of the route table. */
export const extraHandlerModules = ['not-found', 'upkeep'] as const;

/** React as the Lambda bundles see it: Preact's compatibility layer and string renderer (see above). */
export const lambdaAliases: Record<string, string> = {
  react: 'preact/compat',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react-dom/server': path.join(projectRoot, 'scripts/lambda-shims/react-dom-server.ts'),
};

/** The file name of a bundle inside its own folder: the Lambda handler is `index.handler`. */
export const BUNDLE_FILE = 'index.mjs';

/** Options shared by the CDK app and the bundle test. */
export function bundleOptions(entryPoints: Record<string, string>, outdir: string): esbuild.BuildOptions {
  return {
    absWorkingDir: projectRoot,
    entryPoints,
    outdir,
    // `<module>/index.mjs`: one folder per function, so each asset holds its own bundle only.
    entryNames: '[name]/index',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: false,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    minify: true,
    treeShaking: true,
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    // The runtime's own SDK; `@aws-sdk/*` is in every Node.js 24 Lambda runtime.
    external: ['@aws-sdk/*'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // ESM bundles of CommonJS dependencies still call `require` for Node built-ins.
    banner: { js: "import { createRequire as __werkpadRequire } from 'node:module'; const require = __werkpadRequire(import.meta.url);" },
    alias: lambdaAliases,
    plugins: [lambdaEntries, zodNamespaceImports],
  };
}

const ENTRY_NAMESPACE = 'werkpad-lambda-entry';

/** `werkpad-lambda:<module>` → the runtime's wiring first, then the handler module's `handler`. */
const lambdaEntries: esbuild.Plugin = {
  name: 'werkpad-lambda-entry',
  setup(build) {
    build.onResolve({ filter: /^werkpad-lambda:/ }, (args) => ({ path: args.path.slice('werkpad-lambda:'.length), namespace: ENTRY_NAMESPACE }));
    build.onLoad({ filter: /.*/, namespace: ENTRY_NAMESPACE }, (args) => ({
      resolveDir: projectRoot,
      loader: 'js',
      contents: [
        `import ${JSON.stringify(path.join(projectRoot, 'functions/lambda-runtime.ts'))};`,
        `export { handler } from ${JSON.stringify(entryOf(args.path))};`,
      ].join('\n'),
    }));
  },
};

const ZOD_NAMED_IMPORT = /import\s*\{\s*z\s*\}\s*from\s*(['"])zod\1/g;

/** Reads project TypeScript with `import * as z from 'zod'` instead of `import { z } from 'zod'` (see above). */
const zodNamespaceImports: esbuild.Plugin = {
  name: 'werkpad-zod-namespace',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!ZOD_NAMED_IMPORT.test(source)) return undefined;
      ZOD_NAMED_IMPORT.lastIndex = 0;
      return { contents: source.replace(ZOD_NAMED_IMPORT, 'import * as z from $1zod$1'), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/** One built bundle: its size, the project files in it, and the modules it leaves to the runtime (`@aws-sdk/*`, Node built-ins). */
export type BuiltBundle = { module: string; dir: string; file: string; bytes: number; inputs: string[]; externals: string[] };

/** Entry file of a handler module. */
export function entryOf(module: string): string {
  return path.join(projectRoot, 'functions/handlers', `${module}.ts`);
}

/**
 * Bundles `modules` (handler module names under `functions/handlers/`) into `outDir/<module>/index.mjs`
 * in one esbuild run, and returns where each landed with its size.
 */
export async function bundleHandlers(modules: readonly string[], outDir: string): Promise<BuiltBundle[]> {
  const unique = [...new Set(modules)].sort();
  await mkdir(outDir, { recursive: true });
  const result = await esbuild.build(bundleOptions(Object.fromEntries(unique.map((m) => [m, `werkpad-lambda:${m}`])), outDir));
  if (result.errors.length > 0) throw new Error(`Bundelen mislukt: ${result.errors.map((e) => e.text).join('; ')}`);
  const outputs = result.metafile?.outputs ?? {};
  return Promise.all(
    unique.map(async (module) => {
      const dir = path.join(outDir, module);
      const file = path.join(dir, BUNDLE_FILE);
      const output = Object.entries(outputs).find(([out]) => path.resolve(projectRoot, out) === file)?.[1];
      const externals = [...new Set((output?.imports ?? []).filter((i) => i.external).map((i) => i.path))].sort();
      const inputs = Object.keys(output?.inputs ?? {}).filter((i) => !i.startsWith('node_modules/') && !i.includes(':')).sort();
      return { module, dir, file, bytes: (await stat(file)).size, inputs, externals };
    }),
  );
}

/** Every handler module the CDK app deploys: the route table's modules plus `extraHandlerModules`. */
export async function deployedHandlerModules(): Promise<string[]> {
  const { routeDefinitions } = await import('../functions/handlers/routes.ts');
  return [...new Set([...routeDefinitions.map((r) => r.module), ...extraHandlerModules])].sort();
}

if (import.meta.main) {
  const outDir = path.resolve(process.argv[2] ?? path.join(projectRoot, 'node_modules/.cache/werkpad-bundles'));
  const bundles = await bundleHandlers(await deployedHandlerModules(), outDir);
  for (const b of bundles) {
    const flag = b.bytes > MAX_BUNDLE_BYTES ? '  > budget' : '';
    console.log(`${b.module.padEnd(32)} ${(b.bytes / 1024).toFixed(1).padStart(7)} KB${flag}`);
  }
  console.log(`\n${bundles.length} bundles in ${outDir}`);
}
