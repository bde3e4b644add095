// The OpenAPI document: valid OpenAPI 3.1, every $ref resolves, every operation has its
// responses, and it lists exactly the endpoints that exist under app/api/v1.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { isMethodNotAllowed } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";

const METHODS = ["get", "put", "post", "patch", "delete"] as const;

/** app/api/v1/**\/route.ts as "METHOD /api/v1/path/{param}", skipping the catch-all. */
async function routesOnDisk(): Promise<string[]> {
  const root = path.join(process.cwd(), "app", "api", "v1");
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (!entry.startsWith("[...")) await walk(full);
      } else if (entry === "route.ts") {
        const rel = path.relative(root, dir).split(path.sep).map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"));
        const mod = (await import(/* @vite-ignore */ full)) as Record<string, unknown>;
        for (const m of METHODS) if (typeof mod[m.toUpperCase()] === "function" && !isMethodNotAllowed(mod[m.toUpperCase()])) out.push(`${m.toUpperCase()} /api/v1/${rel.join("/")}`);
      }
    }
  };
  await walk(root);
  return out.sort();
}

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

function resolvePointer(doc: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined), doc);
}

describe("the OpenAPI document", () => {
  it("is served as valid OpenAPI 3.1 with this server's origin", async () => {
    const res = await openApiRoute(new Request("http://api.example.test/api/v1/openapi.json"));
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.servers).toEqual([{ url: "http://api.example.test" }]);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("resolves every $ref and gives every operation a success and an error response", () => {
    const doc = buildOpenApiDocument();
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(10);
    for (const ref of all) expect(resolvePointer(doc, ref), ref).toBeDefined();
    for (const [p, item] of Object.entries(doc.paths ?? {})) {
      for (const m of METHODS) {
        const op = item[m];
        if (!op) continue;
        const codes = Object.keys(op.responses ?? {});
        expect(codes.some((c) => c.startsWith("2")), `${m} ${p}`).toBe(true);
        if (op.security?.length !== 0) expect(codes, `${m} ${p}`).toEqual(expect.arrayContaining(["401", "429"]));
        expect(op.operationId, `${m} ${p}`).toBeTruthy();
      }
    }
  });

  it("documents exactly the endpoints that exist", async () => {
    const doc = buildOpenApiDocument();
    const documented = Object.entries(doc.paths ?? {})
      .flatMap(([p, item]) => METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    expect(documented).toEqual(await routesOnDisk());
  });
});
