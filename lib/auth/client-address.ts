// The client's address, as the proxy chain really gives it, for rate limits.
//
// `next start` hands route handlers, server actions and next-auth's authorize() only the
// request's headers (NextRequest.ip is gone since Next 15), and it fills X-Forwarded-For
// with the socket's address only when the client sent none: a client that sends its own
// X-Forwarded-For would choose its address. So at start-up (instrumentation-node.ts) we
// subscribe to Node's `http.server.request.start` diagnostics channel, which runs before
// Next sees a request, and append the socket's peer address to X-Forwarded-For, as a
// proxy does. The last entry is then always the peer, and TRUSTED_PROXY_COUNT says how
// many proxies in front of the app to look through (default 0: the peer itself, and
// whatever the client wrote into the header counts for nothing).
import "server-only";
import dc from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { isIP, isIPv6, type Socket } from "node:net";

const CHANNEL = "http.server.request.start";

type RequestStart = { request: IncomingMessage; socket: Socket };

function appendPeer(message: unknown): void {
  const { request, socket } = message as RequestStart;
  const peer = socket?.remoteAddress;
  if (!peer) return;
  const sent = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = sent ? `${sent}, ${peer}` : peer;
}

const state = globalThis as unknown as { __dwgPeerHook?: boolean };

/** Appends each request's peer address to X-Forwarded-For (once per process, however often called). */
export function recordPeerAddresses(): void {
  if (state.__dwgPeerHook) return;
  dc.subscribe(CHANNEL, appendPeer);
  state.__dwgPeerHook = true;
}

/** Stops appending (tests that start and stop their own server). */
export function stopRecordingPeerAddresses(): void {
  if (!state.__dwgPeerHook) return;
  dc.unsubscribe(CHANNEL, appendPeer);
  state.__dwgPeerHook = false;
}

/** TRUSTED_PROXY_COUNT, validated at start-up by lib/env.ts; 0 when unset. */
export function trustedProxyCount(): number {
  const n = Number(process.env.TRUSTED_PROXY_COUNT?.trim() || 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** "::ffff:203.0.113.9" → "203.0.113.9"; "203.0.113.9:5678" and "[2001:db8::1]:443" lose the port. */
function bareAddress(entry: string): string {
  let s = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  s = s.replace(/%.*$/, ""); // an IPv6 zone ("fe80::1%eth0")
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(s)) s = s.slice(7);
  return s.toLowerCase();
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/**
 * The client's address: X-Forwarded-For read from the right, skipping the
 * `trustedProxies` proxies nearest the app. "unknown" when there is no header at all
 * (a call from outside a server, as in tests).
 */
export function clientAddress(headers: HeaderSource, trustedProxies = trustedProxyCount()): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : ([] as (string | undefined)[]).concat(headers["x-forwarded-for"]).join(",");
  const chain = (raw ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  if (chain.length === 0) return "unknown";
  // A chain shorter than the proxies said to be there: the farthest entry is the best we know.
  const entry = chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
  const address = bareAddress(entry);
  return isIP(address) ? address : address.slice(0, 100);
}

/** The eight 16-bit groups of an IPv6 address. */
function ipv6Groups(address: string): number[] {
  let s = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    s = `${s.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = s.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
}

/**
 * What a rate limit counts by: the address itself for IPv4, the /64 network for IPv6
 * (one subscriber usually holds a whole /64, so counting single addresses would let one
 * guesser rotate through 2^64 of them).
 */
export function addressKey(address: string): string {
  if (!isIPv6(address)) return address;
  return `${ipv6Groups(address)
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}
