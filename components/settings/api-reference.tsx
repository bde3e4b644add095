// A readable API reference rendered from the OpenAPI document itself, so the page, the
// JSON document and the handlers all describe the same API. Longer than our usual
// component on purpose: it is about ten small server-rendered pieces (operation, schema
// table, example) that only make sense together and ship no client JavaScript.
// The page's own prose is in the reader's language; the descriptions it shows from the
// OpenAPI document stay English (marked lang="en"), as the document does.
import "server-only";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Fragment } from "react";
import { MAX_BODY_BYTES } from "@/lib/api/body";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { API_REQUESTS_PER_MINUTE } from "@/lib/rate-limit";
import { API_PAGE_SIZE } from "@/lib/validations/api";
import { cn } from "@/components/ui/cn";

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  description?: string;
  format?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Response = { description: string; content?: Record<string, { schema?: Schema }>; headers?: Record<string, { description?: string }> };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<string, Response | { $ref: string }>;
};

const METHODS = ["get", "post", "patch", "delete"] as const;
const METHOD_STYLE: Record<string, string> = {
  get: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  post: "bg-brand-100 text-brand-900 dark:bg-brand-900 dark:text-brand-50",
  patch: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  delete: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-100",
};

const refName = (ref: string) => ref.split("/").at(-1) ?? ref;
const SAFE_INTEGER = 9007199254740991;

/** A short human reading of a JSON Schema: "string or null", "array of Signal", "one of a, b" (type names stay JSON's). */
function TypeOf({ schema: s }: { schema: Schema | undefined }) {
  const t = useTranslations("settings.apiDocs.types");
  const format = useFormatter();
  // JSON Schema's own words ("any", "object", "string"…) are names, not prose: they stay as they are.
  if (!s) return <>any</>; // i18n-ignore
  if (s.$ref) {
    const name = refName(s.$ref);
    // A schema's name is an identifier of the (English) API, as in the OpenAPI document.
    return (
      <a href={`#schema-${name}`} lang="en" className="text-brand-700 underline dark:text-brand-300">
        {name}
      </a>
    );
  }
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return <>{format.list(variants.map((v, i) => <TypeOf key={i} schema={v} />), { type: "disjunction" })}</>;
  if (s.enum) return <>{t("oneOf", { values: s.enum.map((v) => JSON.stringify(v)).join(", ") })}</>;
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.includes("array")) return <>{t.rich("arrayOf", { item: () => <TypeOf schema={s.items} /> })}</>;
  const base = types.map((ty) => (ty === "string" && s.format ? `${ty} (${s.format})` : ty));
  return <>{base.length ? format.list(base, { type: "disjunction" }) : "object"}</>;
}

/** Limits and the default, in the reader's language and number format. */
function useConstraints() {
  const t = useTranslations("settings.apiDocs.constraints");
  const format = useFormatter();
  return (s: Schema | undefined): string => {
    if (!s) return "";
    const out: string[] = [];
    if (s.minimum !== undefined && Math.abs(s.minimum) !== SAFE_INTEGER) out.push(t("atLeast", { n: format.number(s.minimum) }));
    if (s.maximum !== undefined && Math.abs(s.maximum) !== SAFE_INTEGER) out.push(t("atMost", { n: format.number(s.maximum) }));
    if (s.maxLength !== undefined) out.push(t("maxLength", { n: s.maxLength }));
    if (s.default !== undefined) out.push(t("default", { value: JSON.stringify(s.default) }));
    return out.join("; ");
  };
}

function descriptionOf(s: Schema | undefined): string | undefined {
  return s?.description ?? s?.anyOf?.find((v) => v.description)?.description;
}

/** A table on wide screens; on phones each row stacks into a small block, so nothing scrolls sideways. */
function RefTable({ caption, columns, children }: { caption: string; columns: string[]; children: React.ReactNode }) {
  return (
    <table className="block w-full text-left text-sm sm:table">
      <caption className="sr-only">{caption}</caption>
      <thead className="hidden text-xs text-stone-600 uppercase sm:table-header-group dark:text-stone-400">
        <tr>
          {columns.map((c, i) => (
            <th key={c} scope="col" className={cn("py-1.5 font-medium", i < columns.length - 1 && "pr-3")}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="block divide-y divide-stone-200 sm:table-row-group dark:divide-stone-800">{children}</tbody>
    </table>
  );
}

const rowClass = "block py-2 align-top sm:table-row sm:py-0";
const cellClass = (last = false) => cn("block sm:table-cell sm:py-1.5", !last && "sm:pr-3");

/** Descriptions mark code with backticks, as in the OpenAPI document. */
function Prose({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <>
      {text.split(/(`[^`]+`)/).map((part, i) =>
        part.startsWith("`") && part.endsWith("`") ? (
          <code key={i} className="font-mono text-[0.95em]">
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

type FieldRow = { name: string; required: boolean; schema?: Schema; description?: string };

function FieldTable({ rows, caption }: { rows: FieldRow[]; caption: string }) {
  const t = useTranslations("settings.apiDocs");
  const constraints = useConstraints();
  return (
    <RefTable caption={caption} columns={[t("columns.field"), t("columns.type"), t("columns.notes")]}>
      {rows.map((r) => {
        const description = r.description ?? descriptionOf(r.schema);
        const limits = constraints(r.schema);
        return (
          <tr key={r.name} className={rowClass}>
            <td className={cellClass()}>
              <code className="font-mono text-xs font-semibold wrap-break-word">
                {/* Long dotted names wrap after a dot rather than mid-word. */}
                {r.name.split(".").map((part, i) => (
                  <Fragment key={i}>
                    {i ? (
                      <>
                        .<wbr />
                      </>
                    ) : null}
                    {part}
                  </Fragment>
                ))}
              </code>
              {r.required ? <span className="ml-1 text-xs text-rose-700 dark:text-rose-300">{t("required")}</span> : null}
            </td>
            <td className={cn(cellClass(), "text-xs")}>
              <TypeOf schema={r.schema} />
            </td>
            <td className={cn(cellClass(true), "text-xs text-stone-700 dark:text-stone-300")}>
              {description ? (
                <span lang="en">
                  <Prose text={description} />
                </span>
              ) : null}
              {description && limits ? " · " : null}
              {limits}
            </td>
          </tr>
        );
      })}
    </RefTable>
  );
}

/** An object's fields, with the fields of inline nested objects (such as a request's `profile`) as dotted names. */
function objectRows(s: Schema, prefix = ""): FieldRow[] {
  return Object.entries(s.properties ?? {}).flatMap(([name, schema]) => {
    const row = { name: `${prefix}${name}`, schema, required: s.required?.includes(name) ?? false };
    const nested = [schema, ...(schema.anyOf ?? [])].find((v) => v.properties);
    return nested ? [row, ...objectRows(nested, `${row.name}.`)] : [row];
  });
}

function Code({ children }: { children: string }) {
  return (
    <pre className="rounded-lg bg-stone-900 p-3 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap text-stone-100 dark:bg-stone-950">
      <code>{children}</code>
    </pre>
  );
}

/** The error codes, as the API sends them; what each means is in the messages. */
const ERROR_ROWS = [
  ["400", "invalid_json"],
  ["400", "invalid_request"],
  ["401", "unauthorized"],
  ["404", "not_found"],
  ["405", "method_not_allowed"],
  ["413", "payload_too_large"],
  ["429", "rate_limited"],
  ["500", "internal_error"],
] as const;

const sectionClass = "rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900";
const linkClass = "text-brand-700 underline dark:text-brand-300";

export function ApiReference({ origin }: { origin: string }) {
  const t = useTranslations("settings.apiDocs");
  const format = useFormatter();
  const locale = useLocale();
  const doc = buildOpenApiDocument(origin) as unknown as {
    paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
    components: { schemas: Record<string, Schema>; responses: Record<string, Response> };
  };
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((m) => (item[m] ? [{ path, method: m, op: item[m]! }] : [])),
  );
  const resolve = (r: Response | { $ref: string }): Response => ("$ref" in r ? doc.components.responses[refName(r.$ref)]! : r);
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  const kb = format.number(MAX_BODY_BYTES / 1024);

  return (
    <div className="space-y-6">
      <section aria-labelledby="start-heading" className={sectionClass}>
        <h2 id="start-heading" className="text-lg font-semibold">
          {t("start.title")}
        </h2>
        <div className="mt-3 space-y-3 text-sm text-stone-700 dark:text-stone-300">
          <p>
            {t.rich("start.token", {
              link: (chunks) => (
                <a href="/settings/api" className={linkClass}>
                  {chunks}
                </a>
              ),
              code,
            })}
          </p>
          {/* i18n-ignore: a shell command, the same in every language */}
          <Code>{`curl -H "Authorization: Bearer $DWG_TOKEN" \\
     -d '{"text": "Priya Raman\\nRecruiter at Globex\\nHi! Let us connect.", "platform": "linkedin", "save": true}' \\
     ${origin}/api/v1/triage`}</Code>
          <p>
            {t.rich("start.document", {
              link: (chunks) => (
                <a href="/api/v1/openapi.json" className={cn("font-mono", linkClass)}>
                  {chunks}
                </a>
              ),
            })}
          </p>
          <ul className="list-disc space-y-1 pl-5">
            <li>{t("start.rate", { count: API_REQUESTS_PER_MINUTE })}</li>
            <li>{t("start.bodySize", { kb })}</li>
            <li>{t.rich("start.lists", { perPage: API_PAGE_SIZE.default, max: API_PAGE_SIZE.max, code })}</li>
            <li>{t("start.unknownFields")}</li>
            <li>{t("start.owner")}</li>
          </ul>
        </div>
      </section>

      <section aria-labelledby="errors-heading" className={sectionClass}>
        <h2 id="errors-heading" className="text-lg font-semibold">
          {t("errors.title")}
        </h2>
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{t.rich("errors.intro", { code })}</p>
        <div className="mt-3">
          {/* i18n-ignore: an HTTP response, as the API sends it (in English) */}
          <Code>{`HTTP/1.1 400 Bad Request
{"error": {"code": "invalid_request",
           "message": "text: must not be blank",
           "fields": {"text": ["must not be blank"]}}}`}</Code>
        </div>
        <div className="mt-3">
          <RefTable caption={t("errors.caption")} columns={[t("columns.status"), t("columns.code"), t("columns.when")]}>
            {ERROR_ROWS.map(([status, errorCode]) => (
              <tr key={errorCode} className={rowClass}>
                {/* On phones the status and the code share the first line. */}
                <td className="inline pr-2 font-mono text-xs sm:table-cell sm:py-1.5 sm:pr-3">{status}</td>
                <td className="inline font-mono text-xs font-semibold sm:table-cell sm:py-1.5 sm:pr-3 sm:font-normal">{errorCode}</td>
                <td className={cn(cellClass(true), "text-xs")}>{t(`errors.codes.${errorCode}`, { kb })}</td>
              </tr>
            ))}
          </RefTable>
        </div>
      </section>

      <section aria-labelledby="endpoints-heading" className="space-y-4">
        <h2 id="endpoints-heading" className="text-lg font-semibold">
          {t("endpoints")}
        </h2>
        {locale === "en" ? null : <p className="text-sm text-stone-600 dark:text-stone-400">{t("englishNote")}</p>}
        {operations.map(({ path, method, op }) => {
          const body = op.requestBody?.content["application/json"]?.schema;
          const bodySchema = body?.$ref ? doc.components.schemas[refName(body.$ref)] : body;
          const params = op.parameters ?? [];
          const operation = `${method.toUpperCase()} ${path}`;
          return (
            <article key={operation} id={op.operationId} aria-labelledby={`${op.operationId}-title`} className={sectionClass}>
              <h3 id={`${op.operationId}-title`} className="flex flex-wrap items-center gap-2 font-mono text-sm font-semibold">
                <span className={cn("rounded px-2 py-0.5 text-xs", METHOD_STYLE[method])}>{method.toUpperCase()}</span>
                <span className="break-all">{path}</span>
              </h3>
              <p className="mt-2 text-sm font-medium" lang="en">
                {op.summary}
              </p>
              {op.description ? (
                <p className="mt-1 text-sm text-stone-700 dark:text-stone-300" lang="en">
                  <Prose text={op.description} />
                </p>
              ) : null}
              {op.security && op.security.length === 0 ? <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">{t("noToken")}</p> : null}
              {params.length ? (
                <div className="mt-3">
                  <h4 className="text-xs font-semibold text-stone-600 uppercase dark:text-stone-400">
                    {params[0]?.in === "path" ? t("pathParameters") : t("queryParameters")}
                  </h4>
                  <FieldTable
                    caption={t("parametersOf", { operation })}
                    rows={params.map((p) => ({ name: p.name, required: !!p.required, schema: p.schema, description: p.description }))}
                  />
                </div>
              ) : null}
              {bodySchema ? (
                <div className="mt-3">
                  <h4 className="text-xs font-semibold text-stone-600 uppercase dark:text-stone-400">
                    {t("body")}
                    {body?.$ref ? (
                      <span className="normal-case">
                        {" ("}
                        <TypeOf schema={body} />
                        {")"}
                      </span>
                    ) : null}
                  </h4>
                  <FieldTable caption={t("bodyOf", { operation })} rows={objectRows(bodySchema)} />
                </div>
              ) : null}
              <h4 className="mt-3 text-xs font-semibold text-stone-600 uppercase dark:text-stone-400">{t("responses")}</h4>
              <ul className="mt-1 space-y-1 text-sm">
                {Object.entries(op.responses).map(([status, r]) => {
                  const res = resolve(r);
                  const schema = res.content?.["application/json"]?.schema;
                  return (
                    <li key={status} className="flex gap-2">
                      <span className="w-10 shrink-0 font-mono text-xs leading-5 font-semibold">{status}</span>
                      <span className="text-xs leading-5 text-stone-700 dark:text-stone-300">
                        <span lang="en">
                          <Prose text={res.description} />
                        </span>
                        {schema?.$ref ? (
                          <>
                            {" · "}
                            <TypeOf schema={schema} />
                          </>
                        ) : null}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </article>
          );
        })}
      </section>

      <section aria-labelledby="schemas-heading" className="space-y-4">
        <h2 id="schemas-heading" className="text-lg font-semibold">
          {t("objects")}
        </h2>
        {Object.entries(doc.components.schemas).map(([name, schema]) => (
          <article key={name} id={`schema-${name}`} aria-labelledby={`schema-${name}-title`} className={sectionClass}>
            <h3 id={`schema-${name}-title`} lang="en" className="font-mono text-sm font-semibold">
              {name}
            </h3>
            {schema.description ? (
              <p className="mt-1 text-sm text-stone-700 dark:text-stone-300" lang="en">
                <Prose text={schema.description} />
              </p>
            ) : null}
            {schema.properties ? (
              <div className="mt-2">
                <FieldTable caption={t("fieldsOf", { name })} rows={objectRows(schema)} />
              </div>
            ) : (
              <p className="mt-1 text-xs">
                <TypeOf schema={schema} />
              </p>
            )}
          </article>
        ))}
      </section>
    </div>
  );
}
