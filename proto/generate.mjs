// Regenerates proto/gen/ from proto/pogcs/**.proto with protobufjs-cli (static ES module + .d.ts).
// Cosmos and CometBFT types come from cosmjs-types and are not generated here.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync, mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, "..", "node_modules", ".bin");
const files = [];
(function walk(d) {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith(".proto")) files.push(p);
  }
})(join(here, "pogcs"));
files.sort();
mkdirSync(join(here, "gen"), { recursive: true });
const js = join(here, "gen", "pogcs.js");
execFileSync(join(bin, "pbjs"), ["-t", "static-module", "-w", "es6", "--es6", "--force-long", "--no-verify", "--no-delimited", "--no-beautify", "-p", here, "-o", js, ...files], { stdio: "inherit" });
// protobufjs' minimal runtime is CommonJS; import it the way Node's ESM loader accepts.
writeFileSync(js, readFileSync(js, "utf8").replace(/import \* as \$protobuf from "protobufjs\/minimal";/, 'import $protobuf from "protobufjs/minimal.js";'));
const dts = join(here, "gen", "pogcs.d.ts");
execFileSync(join(bin, "pbts"), ["-o", dts, js], { stdio: "inherit" });
// pbts writes cross-package references as `pogcs.<module>.v1.X` inside `export namespace pogcs`, where
// `pogcs` resolves to the nested package `pogcs.pogcs` (our module named "pogcs"), so such types became
// unresolved (`any`). Qualify them through a root alias instead: `$pogcsRoot.<module>.v1.X`.
writeFileSync(dts, readFileSync(dts, "utf8").replace(/(?<![\w.$])pogcs\.(?=[A-Za-z_$])/g, "$pogcsRoot.") + "\nimport $pogcsRoot = pogcs;\n");
console.log(`generated proto/gen/pogcs.js and pogcs.d.ts from ${files.length} file(s)`);
