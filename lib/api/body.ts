// Reads a JSON body of at most MAX_BODY_BYTES. Content-Length is checked first, and the
// stream is counted as it arrives too, because a chunked body declares no length.
import { wellFormed } from "@/lib/validations/text";
import { ApiError } from "./errors";

export const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () =>
  new ApiError(413, "payload_too_large", `The request body must be at most ${MAX_BODY_BYTES / 1024} KB (${MAX_BODY_BYTES} bytes).`);

async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop reading: the rest of an oversized body is never buffered.
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * The parsed JSON body. Any Content-Type is accepted (so `curl -d @file.json` works
 * without -H); the body itself must be JSON.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const bytes = await readLimited(request, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body must be UTF-8 encoded JSON.");
  }
  if (text.trim() === "") throw new ApiError(400, "invalid_json", "The request body is empty: send a JSON object.");
  try {
    // JSON may spell a lone surrogate ("\ud800"), which would crash the database driver.
    return wellFormed(JSON.parse(text));
  } catch (e) {
    const detail = e instanceof SyntaxError ? ` (${e.message})` : "";
    throw new ApiError(400, "invalid_json", `The request body is not valid JSON${detail}.`);
  }
}
