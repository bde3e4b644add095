// Sign-in limits against the real server (`next start`): next-auth's credentials
// callback, posted from different loopback addresses (127.x.y.z all reach this machine,
// so each is a real peer of its own), with a forged X-Forwarded-For on every guess.
// Proves the start-up hook runs in `next start`: without it, each forged header would
// start a fresh count.
import { randomInt } from "node:crypto";
import http from "node:http";
import { expect, signUp, test } from "./fixtures";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

function send(base: string, from: string, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(path, base);
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: opts.method ?? "GET", localAddress: from, headers: opts.headers },
      (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

const cookiesOf = (r: Reply) => (r.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");

/** One sign-in through next-auth from `from`; the error message, or "signed in". */
async function signInFrom(base: string, from: string, email: string, password: string, forwardedFor?: string): Promise<string> {
  const csrf = await send(base, from, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const reply = await send(base, from, "/api/auth/callback/credentials", {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf),
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor } : {}),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const { url } = JSON.parse(reply.body) as { url: string };
  const error = new URL(url).searchParams.get("error");
  if (error) return error;
  expect(cookiesOf(reply)).toContain("next-auth.session-token=");
  return "signed in";
}

const loopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const forged = () => `${randomInt(1, 224)}.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

test("a guesser is stopped whatever X-Forwarded-For says, and the owner still signs in from elsewhere", async ({ page, baseURL }) => {
  const owner = await signUp(page);
  const attacker = loopback();
  const answers: string[] = [];
  for (let i = 0; i < 8; i++) answers.push(await signInFrom(baseURL!, attacker, owner.email, `guess-${i}`, forged()));
  expect(answers.slice(0, 5)).toEqual(Array(5).fill("Email or password is incorrect."));
  for (const a of answers.slice(5)) expect(a).toMatch(/^Too many sign-in attempts/);
  // Even the right password is refused from there.
  expect(await signInFrom(baseURL!, attacker, owner.email, owner.password, forged())).toMatch(/^Too many sign-in attempts/);

  expect(await signInFrom(baseURL!, loopback(), owner.email, owner.password)).toBe("signed in");
});
