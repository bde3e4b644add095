#!/usr/bin/env node
// `npm run triage` starts here. It runs scripts/triage.ts from a bundle that esbuild
// builds once into node_modules/.cache/triage-cli and rebuilds whenever any file the
// bundle was made from changes. Loading one bundled file takes about 0.2 s; loading the
// TypeScript sources through tsx's loader takes about 0.6 s, which mattered when the
// whole run (10,000 requests) has to finish in under 2 s.
//
// TRIAGE_NO_BUNDLE=1 skips the bundle and runs the sources through tsx, and so does any
// failure to build. The bundle is a cache: deleting it is always safe.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "scripts", "triage.ts");
const cacheDir = join(root, "node_modules", ".cache", "triage-cli");
const bundle = join(cacheDir, "triage.mjs");
const inputsFile = join(cacheDir, "inputs.json");

/** The bundle is fresh when it is newer than every file it was built from. */
function isFresh() {
  try {
    const builtAt = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
    return Array.isArray(inputs) && inputs.length > 0 && inputs.every((f) => statSync(join(root, f)).mtimeMs < builtAt);
  } catch {
    return false;
  }
}

async function build() {
  const esbuild = await import("esbuild");
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${bundle}.${process.pid}.tmp`;
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: tmp,
    metafile: true,
    logLevel: "silent",
    // packages that use require() inside an ES module bundle
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  });
  // rename is atomic: a run started meanwhile sees the old bundle or the new one, never half of one
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(Object.keys(result.metafile.inputs)));
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  renameSync(tmp, bundle);
}

async function runFromSources() {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(entry).href);
}

if (process.env.TRIAGE_NO_BUNDLE) {
  await runFromSources();
} else {
  let ready = isFresh();
  if (!ready) {
    try {
      await build();
      ready = true;
    } catch (e) {
      console.error(`triage: could not bundle the CLI (${e?.message ?? e}); running the sources through tsx`);
    }
  }
  if (ready) await import(pathToFileURL(bundle).href);
  else await runFromSources();
}
