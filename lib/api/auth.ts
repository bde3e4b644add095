// Who is calling the API: a personal token (Authorization: Bearer dwg_…) or, with no
// Authorization header, the browser's session cookie. Either way the caller acts only
// as that user, and each token (or session user) is rate-limited.
import "server-only";
import { getToken } from "next-auth/jwt";
import { serverEnv } from "@/lib/env";
import { ownerOfToken } from "@/lib/data/api-tokens";
import { getUser } from "@/lib/data/users";
import { API_REQUESTS_PER_MINUTE, consume } from "@/lib/rate-limit";
import { ApiError } from "./errors";
import { hashToken, looksLikeToken } from "./token";

export type ApiCaller = { userId: string; via: "token"; tokenId: string } | { userId: string; via: "session" };

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="decline-with-grace"' };
const unauthorized = (message: string) => new ApiError(401, "unauthorized", message, undefined, CHALLENGE);

export const MISSING_CREDENTIALS = "Sign in, or send a personal API token as \"Authorization: Bearer <token>\" (create one in Settings → API).";
/** One message for unknown, malformed and revoked tokens, so none is told apart. */
export const INVALID_TOKEN = "This API token is not valid: it may have been revoked. Create a new one in Settings → API.";
const MALFORMED_HEADER = 'The Authorization header must be "Bearer <token>".';

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function cookiesOf(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq < 1) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      out[part.slice(0, eq).trim()] = decodeURIComponent(raw);
    } catch {
      out[part.slice(0, eq).trim()] = raw;
    }
  }
  return out;
}

async function rateLimit(key: string) {
  const check = await consume("apiToken", key);
  if (!check.ok) {
    throw new ApiError(
      429,
      "rate_limited",
      `Too many requests: the limit is ${API_REQUESTS_PER_MINUTE} a minute. Try again in ${check.retryAfterSeconds} second${check.retryAfterSeconds === 1 ? "" : "s"}.`,
      undefined,
      { "Retry-After": String(check.retryAfterSeconds) },
    );
  }
}

async function byToken(header: string): Promise<ApiCaller> {
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match) throw unauthorized(MALFORMED_HEADER);
  const token = match[1]!;
  // The shape check spares the database a lookup for garbage.
  const owner = looksLikeToken(token) ? await ownerOfToken(hashToken(token)) : null;
  if (!owner) throw unauthorized(INVALID_TOKEN);
  await rateLimit(owner.tokenId);
  return { userId: owner.userId, via: "token", tokenId: owner.tokenId };
}

async function bySession(request: Request): Promise<ApiCaller> {
  // SameSite=Lax already keeps the cookie off cross-site writes; refuse them outright too.
  if (!SAFE_METHODS.has(request.method) && request.headers.get("sec-fetch-site") === "cross-site") throw unauthorized(MISSING_CREDENTIALS);
  const jwt = await getToken({ req: { headers: request.headers, cookies: cookiesOf(request) } as never, secret: serverEnv().NEXTAUTH_SECRET });
  const id = jwt?.sub;
  // A session of a deleted account counts as signed out.
  const user = id ? await getUser(id) : null;
  if (!user) throw unauthorized(MISSING_CREDENTIALS);
  await rateLimit(`session:${user.id}`);
  return { userId: user.id, via: "session" };
}

export async function authenticate(request: Request): Promise<ApiCaller> {
  const header = request.headers.get("authorization");
  return header !== null && header.trim() !== "" ? byToken(header.trim()) : bySession(request);
}
