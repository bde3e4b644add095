// Each route sends the browser only the message namespaces its client components use
// (components/i18n/client-messages.tsx). A nested next-intl provider replaces its parent's
// messages instead of merging them, so a client component rendered under a provider that
// lacks its namespace shows the key path ("history.filters.all") instead of the words.
// This test walks the imports of every page, layout and other route file, finds the client
// modules they can render and the namespaces those use, and checks the nearest provider's
// list against them: none missing, none sent that no client component reads.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { en, NAMESPACES } from "@/lib/i18n/en";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const APP = path.join(ROOT, "app");
const PROVIDER_MODULE = path.join(ROOT, "components/i18n/client-messages.tsx");
const ALL = "*"; // a module whose namespaces cannot be read statically needs them all
const INTL_MODULES = new Set(["next-intl", "use-intl", "use-intl/react"]);
/** Hooks that need a provider; only the first two read its messages. */
const MESSAGE_HOOKS = new Set(["useTranslations", "useMessages"]);
const PROVIDER_HOOKS = new Set([...MESSAGE_HOOKS, "useFormatter", "useLocale", "useNow", "useTimeZone", "useExtracted"]);
const ROUTE_FILE = /^(page|layout|loading|error|not-found|template|default|global-error|global-not-found)\.tsx?$/;

const rel = (file: string) => path.relative(ROOT, file);

type Module = {
  file: string;
  sf: ts.SourceFile;
  directive: "use client" | "use server" | null;
  imports: string[];
  /** Namespaces, or groups of one ("history.filters"), its next-intl hooks read (ALL when not statically known). */
  namespaces: Set<string>;
  usesProvider: boolean;
};

const parsed = new Map<string, Module>();

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith("./") || spec.startsWith("../")) base = path.resolve(path.dirname(from), spec);
  else return null; // a package: it does not read our catalogue
  if (/\.(json|css)$/.test(spec)) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${rel(from)}: cannot resolve "${spec}"`);
}

function directiveOf(sf: ts.SourceFile): Module["directive"] {
  for (const stmt of sf.statements) {
    if (!ts.isExpressionStatement(stmt) || !ts.isStringLiteral(stmt.expression)) break;
    if (stmt.expression.text === "use client" || stmt.expression.text === "use server") return stmt.expression.text;
  }
  return null;
}

/** The namespace a message key starts with ("history.filters.all" → "history"). */
const namespaceOf = (key: string) => key.split(".")[0]!;

/**
 * What a `useTranslations` argument reads, as finely as a provider can send it: the
 * namespace or one group of it ("history.filters.labels" → "history.filters").
 */
const messagePath = (namespace: string) => namespace.split(".").slice(0, 2).join(".");

/** Whether a provider's entry `sent` ("history", or "history.filters") holds what `read` names. */
const covers = (sent: string, read: string) => read === sent || read.startsWith(`${sent}.`);

/** An entry a provider can list: a namespace, or a group (an object) of one. */
function isMessagePath(entry: string): boolean {
  const [ns, group, ...rest] = entry.split(".");
  if (rest.length || !(NAMESPACES as readonly string[]).includes(ns!)) return false;
  if (group === undefined) return true;
  const value = (en as unknown as Record<string, Record<string, unknown>>)[ns!]![group];
  return typeof value === "object" && value !== null;
}

function literalText(node: ts.Node | undefined): string | null {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return null;
}

/** `const t = useTranslations()`: the namespaces are the first part of each key `t` is called with. */
function rootTranslatorNamespaces(sf: ts.SourceFile, name: string, declaration: ts.Node): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text === name && node !== declaration) {
      const parent = node.parent;
      const call =
        ts.isCallExpression(parent) && parent.expression === node
          ? parent
          : ts.isPropertyAccessExpression(parent) && parent.expression === node && ts.isCallExpression(parent.parent) && parent.parent.expression === parent
            ? parent.parent
            : null;
      const arg = call?.arguments[0];
      let key = literalText(arg);
      if (key === null && arg && ts.isTemplateExpression(arg)) key = arg.head.text;
      found.push(key !== null && key.includes(".") ? namespaceOf(key) : ALL);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found.length ? found : [ALL];
}

function parseModule(file: string): Module {
  const known = parsed.get(file);
  if (known) return known;
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const mod: Module = { file, sf, directive: directiveOf(sf), imports: [], namespaces: new Set(), usesProvider: false };
  const hooks = new Map<string, string>(); // local name → next-intl hook
  for (const stmt of sf.statements) {
    if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier)) {
      const clause = stmt.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = clause?.isTypeOnly || (!!named && !clause?.name && named.length > 0 && named.every((e) => e.isTypeOnly));
      if (typeOnly) continue; // erased: it puts no code in the bundle
      if (INTL_MODULES.has(stmt.moduleSpecifier.text)) {
        for (const e of named ?? []) hooks.set(e.name.text, (e.propertyName ?? e.name).text);
      }
      const target = resolveImport(file, stmt.moduleSpecifier.text);
      if (target) mod.imports.push(target);
    } else if (ts.isExportDeclaration(stmt) && stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier) && !stmt.isTypeOnly) {
      const target = resolveImport(file, stmt.moduleSpecifier.text);
      if (target) mod.imports.push(target);
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      // import("…"), as next/dynamic loads a component
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const spec = literalText(node.arguments[0]);
        const target = spec === null ? null : resolveImport(file, spec);
        if (target) mod.imports.push(target);
      }
      const hook = ts.isIdentifier(node.expression) ? hooks.get(node.expression.text) : undefined;
      if (hook && PROVIDER_HOOKS.has(hook)) mod.usesProvider = true;
      if (hook === "useMessages") mod.namespaces.add(ALL);
      if (hook === "useTranslations") {
        const arg = node.arguments[0];
        const namespace = literalText(arg);
        if (namespace !== null) mod.namespaces.add(messagePath(namespace));
        else if (arg) mod.namespaces.add(ALL);
        else if (ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) {
          for (const ns of rootTranslatorNamespaces(sf, node.parent.name.text, node.parent.name)) mod.namespaces.add(ns);
        } else mod.namespaces.add(ALL);
      }
    } else if (ts.isIdentifier(node) && hooks.get(node.text) === "useTranslations" && !ts.isCallExpression(node.parent) && !ts.isImportSpecifier(node.parent)) {
      // useTranslations used other than by a call (passed on, aliased): cannot say which namespaces.
      if (!ts.isTypeQueryNode(node.parent) && !ts.isTypeReferenceNode(node.parent) && !ts.isExpressionWithTypeArguments(node.parent)) mod.namespaces.add(ALL);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  parsed.set(file, mod);
  return mod;
}

/** The client modules `entry` can put in the browser, with the namespaces each reads. */
function clientModules(entry: string): Module[] {
  const seen = new Set<string>();
  const found = new Map<string, Module>();
  const walk = (file: string, inClient: boolean) => {
    const key = `${file}|${inClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const mod = parseModule(file);
    // A "use server" module imported by a client one is a reference to a server action: its code stays on the server.
    if (inClient && mod.directive === "use server") return;
    const client = inClient || mod.directive === "use client";
    if (client) found.set(file, mod);
    for (const target of mod.imports) walk(target, client);
  };
  walk(entry, false);
  return [...found.values()];
}

function needs(mods: Module[]): Map<string, string[]> {
  const byNamespace = new Map<string, string[]>();
  for (const mod of mods) {
    for (const ns of mod.namespaces) {
      for (const n of ns === ALL ? NAMESPACES : [ns]) byNamespace.set(n, [...(byNamespace.get(n) ?? []), rel(mod.file)]);
    }
  }
  return byNamespace;
}

/** The local names a module gives ClientMessages and the default export of "react" etc. */
function importedNames(sf: ts.SourceFile, fromModule: (spec: string) => boolean): Set<string> {
  const names = new Set<string>();
  for (const stmt of sf.statements) {
    if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier) || !fromModule(stmt.moduleSpecifier.text)) continue;
    const clause = stmt.importClause;
    if (clause?.name) names.add(clause.name.text);
    if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) for (const e of clause.namedBindings.elements) names.add(e.name.text);
  }
  return names;
}

/** The default export's function (what Next renders) and its name, if it has one. */
function defaultExport(sf: ts.SourceFile): { fn: ts.Node; name?: string } | undefined {
  let name: string | undefined;
  for (const stmt of sf.statements) {
    const isDefault = ts.canHaveModifiers(stmt) && ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (isDefault && ts.isFunctionDeclaration(stmt)) return { fn: stmt, name: stmt.name?.text };
    if (ts.isExportAssignment(stmt) && !stmt.isExportEquals) {
      if (ts.isIdentifier(stmt.expression)) name = stmt.expression.text;
      else return { fn: stmt.expression };
    }
  }
  if (!name) return undefined;
  for (const stmt of sf.statements) {
    if (ts.isFunctionDeclaration(stmt) && stmt.name?.text === name) return { fn: stmt, name };
    if (ts.isVariableStatement(stmt))
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return { fn: d.initializer, name };
  }
  return undefined;
}

const containsJsx = (node: ts.Node): boolean =>
  ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node) || !!ts.forEachChild(node, (c) => containsJsx(c) || undefined);

type Provider = { file: string; namespaces: string[] };

/**
 * A route file's own provider: the `namespaces` of its <ClientMessages>, which must hold
 * everything the file renders — every component, every `children`, every helper of the file
 * that renders JSX — so what the file shows is all under it. Null when it has none.
 */
function ownProvider(file: string): { provider: Provider | null; problems: string[] } {
  const { sf } = parseModule(file);
  const providerNames = importedNames(sf, (spec) => spec === "@/components/i18n/client-messages");
  const uses: ts.JsxOpeningLikeElement[] = [];
  const collect = (node: ts.Node) => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && providerNames.has(node.tagName.getText(sf))) uses.push(node);
    ts.forEachChild(node, collect);
  };
  collect(sf);
  if (uses.length === 0) return { provider: null, problems: [] };
  const problems: string[] = [];
  const lists = uses.map((use) => {
    const attr = use.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText(sf) === "namespaces");
    let value: ts.Expression | undefined = attr?.initializer && ts.isJsxExpression(attr.initializer) ? attr.initializer.expression : undefined;
    if (value && ts.isIdentifier(value)) {
      const name = value.text;
      value = undefined;
      for (const stmt of sf.statements) {
        if (ts.isVariableStatement(stmt)) for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) value = d.initializer;
      }
    }
    while (value && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value))) value = value.expression;
    if (!value || !ts.isArrayLiteralExpression(value) || !value.elements.every((e) => ts.isStringLiteral(e))) {
      problems.push(`${rel(file)}: <ClientMessages namespaces> must be an array of string literals (here or in a const of this file)`);
      return [];
    }
    return value.elements.map((e) => (e as ts.StringLiteral).text);
  });
  const namespaces = [...new Set(lists.flat())].sort();
  if (lists.some((l) => l.slice().sort().join() !== namespaces.join())) problems.push(`${rel(file)}: every <ClientMessages> of a file must list the same namespaces`);

  const main = defaultExport(sf);
  if (!main) problems.push(`${rel(file)}: no default export found`);
  else {
    const fromReact = importedNames(sf, (spec) => spec === "react");
    // Names whose value is JSX (the file's helper components, a `const header = <…/>` in the
    // function): what they render shows where they are referenced, so those references count.
    const jsxNames = new Set<string>();
    for (const stmt of sf.statements) {
      if (ts.isFunctionDeclaration(stmt) && stmt.name && stmt.name.text !== main.name && containsJsx(stmt)) jsxNames.add(stmt.name.text);
      if (ts.isVariableStatement(stmt))
        for (const d of stmt.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.name.text !== main.name && d.initializer && containsJsx(d.initializer)) jsxNames.add(d.name.text);
    }
    const outside = (node: ts.Node, what: string) => {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      problems.push(`${rel(file)}:${line + 1}: ${what} is rendered outside <ClientMessages>`);
    };
    const visit = (node: ts.Node) => {
      if (ts.isJsxElement(node) && providerNames.has(node.openingElement.tagName.getText(sf))) return; // inside: covered
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && containsJsx(node.initializer)) {
        jsxNames.add(node.name.text); // judged where it is used
        return;
      }
      if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
        const tag = node.tagName.getText(sf);
        if (/^[A-Z]|\./.test(tag) && !fromReact.has(tag) && !jsxNames.has(tag)) outside(node, `<${tag}>`);
      }
      if (ts.isIdentifier(node) && (node.text === "children" || jsxNames.has(node.text))) outside(node, node.text);
      ts.forEachChild(node, visit);
    };
    const fn = main.fn;
    visit(ts.isFunctionLike(fn) && "body" in fn && fn.body ? (fn.body as ts.Node) : fn);
  }
  return { provider: { file, namespaces }, problems };
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return ROUTE_FILE.test(e.name) ? [full] : [];
  });
}

function layoutIn(dir: string): string | undefined {
  return ["layout.tsx", "layout.ts"].map((n) => path.join(dir, n)).find((f) => existsSync(f));
}

/** The provider a route file's output sits under: its own, else the nearest layout's above it. */
function nearestProvider(file: string): Provider | null {
  const own = ownProvider(file).provider;
  if (own) return own;
  const isLayout = /^layout\.tsx?$/.test(path.basename(file));
  // error, loading and not-found render inside their own folder's layout; a layout inside its parent's.
  let dir = isLayout ? path.dirname(path.dirname(file)) : path.dirname(file);
  while (dir.startsWith(APP)) {
    const layout = layoutIn(dir);
    const provider = layout ? ownProvider(layout).provider : null;
    if (provider) return provider;
    if (dir === APP) break;
    dir = path.dirname(dir);
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const routes = routeFiles(APP).filter((f) => !/global-error\.tsx?$/.test(f));

describe("client messages", () => {
  it("finds the client components and the namespaces they read", () => {
    // Guards the walk itself: were it to find nothing, every check below would pass.
    const history = needs(clientModules(path.join(APP, "(app)/history/page.tsx")));
    expect([...history.keys()]).toEqual(expect.arrayContaining(["history.filters", "history.delete", "validation", "common"]));
    expect(history.get("validation")).toContain("components/history/filters.tsx");
    // A module without "use client" that a client component imports runs in the browser too.
    const triage = needs(clientModules(path.join(APP, "(app)/triage/page.tsx")));
    expect(triage.get("triage.verdict")).toContain("components/triage/verdict-card.tsx");
    expect(triage.get("common.verdict")).toContain("components/ui/badge.tsx");
    // A server component's own hooks read the request's messages, not the provider's.
    expect(needs(clientModules(path.join(APP, "(app)/templates/[id]/not-found.tsx"))).size).toBe(0);
  });

  it("puts every route's output under one <ClientMessages> that lists real namespaces", () => {
    const problems = routes.flatMap((f) => ownProvider(f).problems);
    for (const f of routes) {
      const list = ownProvider(f).provider?.namespaces ?? [];
      for (const ns of list) {
        if (!isMessagePath(ns)) problems.push(`${rel(f)}: "${ns}" is neither a namespace nor a group of one`);
        const wider = list.find((other) => other !== ns && covers(other, ns));
        if (wider) problems.push(`${rel(f)}: "${ns}" is already sent with "${wider}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("renders providers only from route files, so the walk sees every one", () => {
    const elsewhere = [...sourceFiles(path.join(ROOT, "components")), ...sourceFiles(path.join(ROOT, "lib"))].filter(
      (f) => f !== PROVIDER_MODULE && /NextIntlClientProvider|IntlProvider|ClientMessages/.test(readFileSync(f, "utf8")),
    );
    const direct = sourceFiles(APP).filter((f) => /NextIntlClientProvider|IntlProvider\b/.test(readFileSync(f, "utf8")));
    expect([...elsewhere, ...direct].map(rel)).toEqual([]);
  });

  it.each(routes.map((f) => [rel(f), f]))("%s: its provider holds every namespace its client components read", (_, file) => {
    const mods = clientModules(file);
    const provider = nearestProvider(file);
    if (!provider) {
      expect(mods.filter((m) => m.usesProvider).map((m) => rel(m.file)), "client components using next-intl with no provider above").toEqual([]);
      return;
    }
    const missing = [...needs(mods)].filter(([ns]) => !provider.namespaces.some((sent) => covers(sent, ns))).map(([ns, by]) => `${ns} (${by.join(", ")})`);
    expect(missing, `missing from ${rel(provider.file)}`).toEqual([]);
  });

  it("sends no namespace, or group, that no client component under the provider reads", () => {
    const used = new Map<string, Set<string>>();
    for (const f of routes) {
      const provider = nearestProvider(f);
      if (!provider) continue;
      const set = used.get(provider.file) ?? new Set();
      for (const ns of needs(clientModules(f)).keys()) set.add(ns);
      used.set(provider.file, set);
    }
    const unused = routes.flatMap((f) => {
      const own = ownProvider(f).provider;
      const read = [...(used.get(f) ?? [])];
      if (!own) return [];
      return own.namespaces.flatMap((ns) => {
        const inside = read.filter((r) => covers(ns, r));
        if (!inside.length) return [`${rel(f)}: ${ns}`];
        // A namespace sent whole when only some of its groups are read: send those groups.
        if (!inside.includes(ns)) return [`${rel(f)}: ${ns} is sent whole, but only ${[...new Set(inside)].sort().join(", ")} are read`];
        return [];
      });
    });
    expect(unused).toEqual([]);
  });

  it("global-error, which replaces the root layout and its provider, uses no next-intl hook", () => {
    const file = routeFiles(APP).find((f) => /global-error\.tsx?$/.test(f));
    if (!file) return;
    expect(clientModules(file).filter((m) => m.usesProvider).map((m) => rel(m.file))).toEqual([]);
  });
});
