// Calls the /api/v1 route handlers as Next does: a web Request in, a Response out.
import { createApiToken } from "@/lib/data/api-tokens";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type CallOptions = {
  token?: string | null;
  body?: unknown;
  /** A raw body, sent as is (for malformed JSON and size limits). */
  raw?: BodyInit;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  query?: Record<string, string>;
};

// A JSON body tests read freely by default; the API's own schemas check its shape where it matters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type ApiResult<T = any> = { status: number; body: T; headers: Headers };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as ApiResult
export async function call<T = any>(handler: unknown, method: string, path: string, opts: CallOptions = {}): Promise<ApiResult<T>> {
  const url = new URL(path, "http://localhost");
  for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v);
  const headers = new Headers(opts.headers);
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  let body: BodyInit | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers.set("content-type", "application/json");
  }
  const init: RequestInit & { duplex?: "half" } = { method, headers, body };
  if (body instanceof ReadableStream) init.duplex = "half";
  const response = await (handler as Handler)(new Request(url, init), { params: Promise.resolve(opts.params ?? {}) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

export async function tokenFor(userId: string, name = "test") {
  return (await createApiToken(userId, name)).token;
}
