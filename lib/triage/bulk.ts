// Splits a paste of many requests (bulk triage) into one text per request.
//
// The rule:
//  1. When the paste has separator lines (three or more dashes, alone on a line:
//     "---", "—————"), they alone separate requests. This is the reliable way, and the
//     one to suggest to users.
//  2. Otherwise blank lines separate blocks, and a block opens a new request only when
//     its first line can start one (a name, a handle, "… wants to connect") and is not
//     a sentence. Any other block (a note after a blank line, a sign-off, a lone
//     "Accept / Ignore", a mutual-connection line) belongs to the request before it. So
//     a request whose note is separated from its header by a blank line stays whole,
//     while "Name / headline" blocks split apart.
import { isBoilerplateLine, isMessageLike, looksLikeRequestStart } from "./parse";

const SEPARATOR_RE = /^[ \t]*[-–—─━]{3,}[ \t]*$/m;
const SIGN_OFF_LINE_RE = /^(?:best|cheers|thanks|thank you|regards|kind regards|best regards|warm regards|all the best|sincerely|yours|take care|talk soon|xo|love)[,!.]?$/i;
const MAX_REQUESTS = 1_000;

export function splitBulkRequests(text: string): string[] {
  const normalized = (text ?? "").replace(/\r\n?/g, "\n");
  if (SEPARATOR_RE.test(normalized)) {
    return normalized
      .split(/^[ \t]*[-–—─━]{3,}[ \t]*$/m)
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, MAX_REQUESTS);
  }
  const blocks = normalized
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const requests: string[][] = [];
  for (const block of blocks) {
    const lines = block.split("\n");
    const first = lines[0] ?? "";
    const current = requests[requests.length - 1];
    const previousLast = current?.[current.length - 1]?.split("\n").pop()?.trim() ?? "";
    const opensRequest =
      looksLikeRequestStart(first) &&
      !isMessageLike(first) &&
      !(lines.length === 1 && SIGN_OFF_LINE_RE.test(previousLast)) &&
      !lines.every(isBoilerplateLine);
    if (!current || opensRequest) requests.push([block]);
    else current.push(block);
  }
  return requests.map((blocks) => blocks.join("\n\n")).slice(0, MAX_REQUESTS);
}
