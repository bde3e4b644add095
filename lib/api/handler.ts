// The one wrapper every /api/v1 handler goes through: authenticate, run, and turn every
// failure into the API's error shape (never an HTML error page, never a stack trace).
import "server-only";
import type { z } from "zod";
import { authenticate, type ApiCaller } from "./auth";
import { wellFormed, wellFormedText } from "@/lib/validations/text";
import { ApiError, errorResponse, invalidInput, NO_STORE } from "./errors";

type RouteContext<P> = { params: Promise<P> };

export function apiRoute<P extends object = object>(
  handler: (args: { request: Request; caller: ApiCaller; params: P }) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const caller = await authenticate(request);
      // Path ids reach the database: no lone surrogates (lib/validations/text.ts).
      return await handler({ request, caller, params: wellFormed(await context.params) });
    } catch (e) {
      if (e instanceof ApiError) return errorResponse(e);
      console.error(`[api] ${request.method} ${new URL(request.url).pathname}:`, e);
      return errorResponse(new ApiError(500, "internal_error", "Something went wrong on our side. Try again in a moment."));
    }
  };
}

/** Parses with zod or throws a 400 whose message names each field at fault. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, where?: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error, where);
  return parsed.data;
}

/** The query string as an object; empty values count as absent (as an HTML form sends them). */
export function queryOf(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(request.url).searchParams) {
    // %00 decodes to a NUL, which PostgreSQL refuses in a search (lib/validations/text.ts).
    const key = wellFormedText(k);
    if (v !== "" && !Object.hasOwn(out, key)) Object.defineProperty(out, key, { value: wellFormedText(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function json(data: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(data, { status: init.status ?? 200, headers: { ...NO_STORE, ...init.headers } });
}

const NOT_ALLOWED = Symbol("methodNotAllowed");

/** For the methods a path lacks: Next's own 405 has no body, the API's has its error shape. */
export function methodNotAllowed(allowed: string[]) {
  const handler = (request: Request): Response =>
    errorResponse(
      new ApiError(405, "method_not_allowed", `${request.method} is not allowed here; use ${allowed.join(" or ")}.`, undefined, { Allow: allowed.join(", ") }),
    );
  return Object.assign(handler, { [NOT_ALLOWED]: true });
}

export const isMethodNotAllowed = (handler: unknown) => typeof handler === "function" && NOT_ALLOWED in handler;
