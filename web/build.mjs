// Builds the dashboard into ../src/kordon/static/ (committed; shipped in the Python package).
// `node build.mjs` builds once (minified); `node build.mjs --watch` rebuilds on change.
import { build, context } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "kordon", "static");
const watch = process.argv.includes("--watch");

mkdirSync(out, { recursive: true });
for (const name of readdirSync(out)) rmSync(join(out, name), { recursive: true, force: true });

const copies = [
  ["src/index.html", "index.html"],
  ["src/app.css", "app.css"],
  ["src/favicon.svg", "favicon.svg"],
  ["node_modules/world-atlas/countries-110m.json", "countries-110m.json"],
];
for (const [from, to] of copies) copyFileSync(join(here, from), join(out, to));

const options = {
  entryPoints: [join(here, "src", "main.ts")],
  outfile: join(out, "app.js"),
  bundle: true,
  format: "iife",
  target: ["es2020"],
  minify: !watch,
  sourcemap: false,
  legalComments: "none",
  charset: "utf8",
  logLevel: "info",
  metafile: true,
};

/** THIRD-PARTY.txt: the licence of every npm package bundled into app.js or copied. */
function writeLicences(metafile) {
  const packages = new Set(["world-atlas"]);
  for (const input of Object.keys(metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]);
  }
  const parts = ["Third-party software in the Kordon dashboard (app.js, countries-110m.json)", ""];
  for (const name of [...packages].sort()) {
    const dir = join(here, "node_modules", name);
    const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    parts.push("=".repeat(72), `${name} ${meta.version} (${meta.license ?? "see below"})`, "=".repeat(72));
    parts.push(file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), "utf8").trim() : "(no licence file)", "");
  }
  parts.push("countries-110m.json is derived from Natural Earth (public domain) by world-atlas.", "");
  writeFileSync(join(out, "THIRD-PARTY.txt"), parts.join("\n"));
}

if (watch) {
  const ctx = await context(options);
  await ctx.watch();
} else {
  const result = await build(options);
  writeLicences(result.metafile);
}
