// Finds English left in components: JSX text, human-facing attributes (aria-label,
// placeholder, title…), prose string literals, and toast calls with a literal. Every such
// string belongs in lib/i18n/messages. A line (or the line above it) holding the comment
// `i18n-ignore` is skipped: code samples, brand names, technical identifiers.
//   npx tsx tests/support/literals.ts [file or folder …]   lists what is left
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export type Literal = { file: string; line: number; text: string; kind: string };

const HUMAN_ATTR =
  /^(aria-(label|description|placeholder|roledescription|valuetext)|placeholder|title|alt|label|description|heading|hint|summary|text|message|caption|legend|tooltip|confirm|empty)$|(Label|Text|Message|Title|Description|Hint|Heading|Placeholder)$/;
const HUMAN_PROP = /^(label|title|description|text|message|heading|hint|placeholder|summary|empty|error|success|confirm|help|caption|tooltip|ariaLabel)$|(Label|Text|Message|Title|Description|Hint|Heading)$/;
/** Attributes and props whose strings are identifiers, never words a person reads. */
const TECHNICAL = /^(className|class|id|name|type|href|src|rel|target|method|action|autoComplete|inputMode|role|htmlFor|key|value|defaultValue|form|encType|pattern|lang|dir|sizes|media|as|variant|size|tone|icon|mode|enterKeyHint|spellCheck|accept|capture|wrap|position|theme|side|align|kind|platform|status|verdict|loading|decoding|fetchPriority|crossOrigin|referrerPolicy|download|hrefLang|scope|headers|style|d|viewBox|fill|stroke|xmlns|strokeWidth|strokeLinecap|strokeLinejoin|dataKey|stroke-width|aria-controls|aria-describedby|aria-labelledby|aria-live|aria-current|aria-haspopup|aria-hidden|aria-expanded|aria-invalid|aria-busy|aria-atomic|aria-relevant|aria-sort|aria-modal|prefetch|scroll|replace|nonce|suppressHydrationWarning|tabIndex)$|^data-/;

const letters = /\p{L}{2,}/u;
const classLike = /(^|\s)(!?[a-z0-9]+:)*-?[a-z]+-[a-z0-9[\]./%-]+(\s|$)/;
/** A sentence or a capitalised phrase of two or more words, not a class list or a path. */
function isProse(s: string): boolean {
  const t = s.trim();
  if (!letters.test(t) || classLike.test(t) || /^[/.#@?&=]/.test(t) || /^https?:/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length >= 2 && /^[\p{Lu}“"‘(¿¡]/u.test(t)) return true;
  return words.length >= 3 && /[.!?…:]$/.test(t);
}
const isWord = (s: string) => /^[\p{Lu}][\p{L}’' -]*$/u.test(s.trim()) && letters.test(s);

function attrName(node: ts.JsxAttribute): string {
  return node.name.getText();
}

function ignored(sf: ts.SourceFile, lines: string[], node: ts.Node): boolean {
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return [lines[line], lines[line - 1]].some((l) => l?.includes("i18n-ignore"));
}

function templateText(node: ts.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return node.head.text + node.templateSpans.map((s) => ` x ${s.literal.text}`).join("");
}

/** Is this string an argument to something that is never shown (cn, console, Error, import)? */
function inTechnicalCall(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
    if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
      const callee = p.expression.getText();
      if (/^(cn|clsx|console\.\w+|Error|TypeError|RangeError|require|import|useTranslations|getTranslations|t|t\.rich|t\.markup|t\.has|searchParams\.get|url\.searchParams\.\w+|headers\.get|cookies\.get|formData\.get|document\.querySelector\w*|\w+\.querySelector\w*|new URL|URL|RegExp|fetch|redirect|revalidatePath|notFound)$/.test(callee)) return true;
      return false;
    }
    if (ts.isJsxAttribute(p)) return TECHNICAL.test(attrName(p));
    if (ts.isPropertyAssignment(p) && TECHNICAL.test(p.name.getText())) return true;
    if (ts.isBlock(p) || ts.isSourceFile(p)) return false;
  }
  return false;
}

export function findLiterals(file: string): Literal[] {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Literal[] = [];
  const lines = text.split("\n");
  const add = (node: ts.Node, kind: string, s: string) => {
    if (ignored(sf, lines, node)) return;
    out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: s.trim().slice(0, 80), kind });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (letters.test(node.text)) add(node, "jsx text", node.text);
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = attrName(node);
      const init = node.initializer;
      const str = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))
          ? init.expression.text
          : null;
      if (str !== null && !TECHNICAL.test(name) && (HUMAN_ATTR.test(name) ? letters.test(str) : isProse(str))) add(node, `attribute ${name}`, str);
      if (str !== null) return; // checked as an attribute
    } else if (ts.isCallExpression(node) && /^toast(\.\w+)?$/.test(node.expression.getText())) {
      const arg = node.arguments[0];
      if (arg && (ts.isStringLiteral(arg) || ts.isTemplateLiteral(arg))) {
        const s = ts.isStringLiteral(arg) ? arg.text : templateText(arg);
        if (letters.test(s)) add(arg, "toast", s);
        return;
      }
    } else if (ts.isPropertyAssignment(node) && HUMAN_PROP.test(node.name.getText()) && !TECHNICAL.test(node.name.getText())) {
      const v = node.initializer;
      if ((ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)) && (isWord(v.text) || isProse(v.text))) {
        add(v, `property ${node.name.getText()}`, v.text);
        return;
      }
    } else if (ts.isStringLiteral(node) || ts.isTemplateLiteral(node)) {
      const s = ts.isStringLiteral(node) ? node.text : templateText(node);
      const isKey = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      if (isProse(s) && !isKey && !ts.isExpressionStatement(node.parent) && !inTechnicalCall(node)) add(node, "string", s);
      if (ts.isStringLiteral(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The HTTP API's own schemas: the API and its OpenAPI document stay English. */
const ENGLISH_ONLY = [path.join("lib", "validations", "api.ts")];

/** The files the interface is made of: pages, components, and the actions' messages. */
export function interfaceFiles(roots = ["app", "components", "lib/actions", "lib/validations"]): string[] {
  const files: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) {
      if (p === path.join("app", "api")) return; // the HTTP API speaks English (OpenAPI)
      for (const f of readdirSync(p)) walk(path.join(p, f));
    } else if (/\.tsx?$/.test(p) && !/\.(test|d)\.ts$/.test(p) && !ENGLISH_ONLY.includes(p)) files.push(p);
  };
  for (const r of roots) walk(r);
  return files.sort();
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const args = process.argv.slice(2);
  const found = interfaceFiles(args.length ? args : undefined).flatMap(findLiterals);
  for (const l of found) console.log(`${l.file}:${l.line}  [${l.kind}]  ${l.text}`);
  console.log(`${found.length} untranslated strings`);
}
