// Sign-in limits over real HTTP: a Node server with the start-up hook that appends each
// socket's peer address to X-Forwarded-For (as instrumentation-node.ts installs it in
// `next start`), answering with next-auth's authorize() for email and password. Clients
// connect from different loopback addresses (127.x.y.z are all this machine), so "another
// address" is a real other peer, and they forge X-Forwarded-For freely.
// Run in memory, and in Redis when TEST_REDIS_URL is set, under a key prefix of this run.
import { randomBytes, randomInt } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeWithPassword, SIGN_IN_FAILED } from "@/lib/auth/options";
import { recordPeerAddresses, stopRecordingPeerAddresses } from "@/lib/auth/client-address";
import { makeUser } from "../support/factory";

const redisUrl = process.env.TEST_REDIS_URL;
const cache = globalThis as unknown as { __dwgLimiters?: Map<string, unknown>; __dwgRedis?: { disconnect(): void } };

function freshLimiters() {
  cache.__dwgRedis?.disconnect();
  delete cache.__dwgLimiters;
  delete cache.__dwgRedis;
}

/** A loopback address no other test of this run uses. */
const newAddress = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const forged = () => `${randomInt(1, 224)}.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

let server: http.Server;
let port: number;

beforeAll(async () => {
  recordPeerAddresses();
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", async () => {
      try {
        const user = await authorizeWithPassword(JSON.parse(body), req.headers);
        res.end(JSON.stringify({ user }));
      } catch (e) {
        res.end(JSON.stringify({ error: (e as Error).message }));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  stopRecordingPeerAddresses();
  await new Promise((r) => server.close(r));
  freshLimiters();
  delete process.env.REDIS_URL;
  delete process.env.REDIS_PREFIX;
});

/** One sign-in over HTTP from `from`, with any headers the client likes. */
function signIn(from: string, credentials: { email: string; password: string }, headers: Record<string, string> = {}) {
  return new Promise<{ user?: { id: string }; error?: string }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method: "POST", localAddress: from, headers: { "content-type": "application/json", ...headers } }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve(JSON.parse(text)));
    });
    req.on("error", reject);
    req.end(JSON.stringify(credentials));
  });
}

const TOO_MANY = /Too many sign-in attempts/;

const stores: [string, string | undefined][] = [["in memory", undefined], ...(redisUrl ? [["in Redis", redisUrl] as [string, string]] : [])];

describe.each(stores)("sign-in limits %s", (_store, url) => {
  beforeAll(() => {
    freshLimiters();
    if (url) process.env.REDIS_URL = url;
    else delete process.env.REDIS_URL;
    process.env.REDIS_PREFIX = `dwg-test-${randomBytes(6).toString("hex")}`;
  });

  it("stops a guesser without locking the owner out, whatever X-Forwarded-For says", async () => {
    const owner = await makeUser("Guessed Owner");
    const attacker = newAddress();
    const answers = [];
    for (let i = 0; i < 20; i++) {
      // A new forged address on every try: it must count for nothing.
      answers.push(await signIn(attacker, { email: owner.email, password: `guess-${i}` }, { "x-forwarded-for": forged(), "x-real-ip": forged() }));
    }
    expect(answers.slice(0, 5).map((a) => a.error)).toEqual(Array(5).fill(SIGN_IN_FAILED));
    for (const a of answers.slice(5)) expect(a.error).toMatch(TOO_MANY);

    // Guessing is refused: even the right password, from the guesser's address, forged header or not.
    expect((await signIn(attacker, { email: owner.email, password: owner.password! }, { "x-forwarded-for": forged() })).error).toMatch(TOO_MANY);
    expect((await signIn(attacker, { email: owner.email, password: owner.password! })).error).toMatch(TOO_MANY);

    // The owner, from another address, signs in.
    const home = newAddress();
    expect((await signIn(home, { email: owner.email, password: owner.password! })).user).toMatchObject({ id: owner.id });
    // Their own typo and a retry stay fine too.
    expect((await signIn(home, { email: owner.email, password: "typo" })).error).toBe(SIGN_IN_FAILED);
    expect((await signIn(home, { email: owner.email, password: owner.password! })).user).toMatchObject({ id: owner.id });

    if (url) {
      // The counts live in Redis, under this run's prefix.
      const { default: Redis } = await import("ioredis");
      const probe = new Redis(url);
      expect(await probe.keys(`${process.env.REDIS_PREFIX}:signInPair:*`)).not.toHaveLength(0);
      await probe.quit();
    }
  });

  it("stops one address spraying many accounts, even behind forged headers", async () => {
    const sprayer = newAddress();
    for (let i = 0; i < 20; i++) {
      const a = await signIn(sprayer, { email: `nobody-${randomBytes(4).toString("hex")}@example.test`, password: "password1" }, { "x-forwarded-for": forged() });
      expect(a.error).toBe(SIGN_IN_FAILED);
    }
    const victim = await makeUser("Sprayed Network");
    expect((await signIn(sprayer, { email: victim.email, password: "wrong-again" }, { "x-forwarded-for": forged() })).error).toMatch(TOO_MANY);
    expect((await signIn(newAddress(), { email: victim.email, password: victim.password! })).user).toMatchObject({ id: victim.id });
  });

  it("caps one account's failures from many addresses, and refuses the guesses past the cap", async () => {
    const owner = await makeUser("Botnet Target");
    // 20 addresses × 5 guesses reach the per-account ceiling of 100 an hour.
    const bots = Array.from({ length: 20 }, newAddress);
    for (const bot of bots) {
      for (let i = 0; i < 5; i++) expect((await signIn(bot, { email: owner.email, password: `bot-${i}` })).error).toBe(SIGN_IN_FAILED);
    }
    expect((await signIn(newAddress(), { email: owner.email, password: "one-more" })).error).toMatch(TOO_MANY);
  });
});
