// The interface language across signing in: the account's saved choice (User.locale, set in
// Settings) becomes the browser's `locale` cookie at sign-in and sign-up; an account without
// one leaves the cookie as it was. The forms' refusals speak the request's language, and the
// signed-out language menu sets the cookie and goes back to its page.
import { inRequest } from "../support/hostile";
import { beforeAll, describe, expect, it } from "vitest";
import { cookies } from "next/headers";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { db } from "@/lib/db/client";
import { savedLocale } from "@/lib/data/users";
import { makeUser, uniqueEmail } from "../support/factory";

type State = { ok?: boolean; message?: string; errors?: Record<string, string[]> };
type FormAction = (prev: State, formData: FormData) => Promise<State>;

// Next's modules need the globals ../support/hostile sets up before they load.
let signInAction: FormAction;
let signUpAction: FormAction;
let setLocaleAction: FormAction;
beforeAll(async () => {
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  ({ signInAction, signUpAction } = (await import("@/lib/actions/auth")) as unknown as { signInAction: FormAction; signUpAction: FormAction });
  ({ setLocaleAction } = (await import("@/lib/actions/locale")) as unknown as { setLocaleAction: FormAction });
});

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

/**
 * Runs a form action in a request with `cookie` and `headers`: its state or the address it
 * redirected to, and the `locale` cookie the browser holds afterwards (the last one set wins).
 */
async function submit(action: FormAction, fields: Record<string, string>, opts: { cookie?: string; headers?: Record<string, string> } = {}) {
  const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
  return inRequest(
    opts.cookie ?? null,
    async () => {
      let state: State | undefined;
      let redirectedTo: string | undefined;
      try {
        state = await action({}, form(fields));
      } catch (e) {
        if (!isRedirectError(e)) throw e;
        redirectedTo = getURLFromRedirectError(e);
      }
      const locale = (await cookies()).getAll().filter((c) => c.name === "locale").at(-1)?.value;
      const session = (await cookies()).getAll().some((c) => c.name.endsWith("session-token"));
      return { state, redirectedTo, locale, session };
    },
    { "x-forwarded-for": address, ...opts.headers },
  );
}

async function withLocale(locale: string | null) {
  const user = await makeUser("Lena Sprache");
  const client = await db();
  await client.user.update({ where: { id: user.id }, data: { locale } });
  return user;
}

describe("the account's language at sign-in", () => {
  it("reads the saved choice, and null for none or a value the app does not speak", async () => {
    expect(await savedLocale((await withLocale("de")).id)).toBe("de");
    expect(await savedLocale((await withLocale(null)).id)).toBeNull();
    expect(await savedLocale((await withLocale("it")).id)).toBeNull();
    expect(await savedLocale("no-such-user")).toBeNull();
  });

  it("sets the cookie from the account's saved language, over the one the browser had", async () => {
    const user = await withLocale("de");
    const result = await submit(signInAction, { email: user.email, password: user.password!, callbackUrl: "/history" }, { cookie: "locale=fr" });
    expect(result.redirectedTo).toBe("/history");
    expect(result.session).toBe(true);
    expect(result.locale).toBe("de");
  });

  it("leaves the cookie as it is when the account saved no language", async () => {
    const user = await withLocale(null);
    const kept = await submit(signInAction, { email: user.email, password: user.password! }, { cookie: "locale=fr" });
    expect(kept.redirectedTo).toBe("/triage");
    expect(kept.locale).toBe("fr");
    // No cookie before, none after: Accept-Language keeps deciding.
    const none = await submit(signInAction, { email: user.email, password: user.password! }, { headers: { "accept-language": "pt-BR" } });
    expect(none.redirectedTo).toBe("/triage");
    expect(none.locale).toBeUndefined();
  });

  it("does not change the cookie when the password is wrong, and says so in the request's language", async () => {
    const user = await withLocale("de");
    const es = await submit(signInAction, { email: user.email, password: "not the password" }, { cookie: "locale=es" });
    expect(es.state).toMatchObject({ ok: false, message: "El correo electrónico o la contraseña no son correctos." });
    expect(es.locale).toBe("es");
    expect(es.session).toBe(false);
    const fr = await submit(signInAction, { email: user.email, password: "still not it" }, { headers: { "accept-language": "fr-CH, fr;q=0.9, en;q=0.8" } });
    expect(fr.state?.message).toBe("Adresse e-mail ou mot de passe incorrect.");
    expect(fr.locale).toBeUndefined();
    const en = await submit(signInAction, { email: user.email, password: "nor this" });
    expect(en.state?.message).toBe("Email or password is incorrect.");
  });

  it("names the wait in the request's language once the guesses are spent", async () => {
    const user = await withLocale(null);
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const guess = (i: number) =>
      submit(signInAction, { email: user.email, password: `guess-${i}` }, { cookie: "locale=de", headers: { "x-forwarded-for": address } });
    for (let i = 0; i < 5; i++) expect((await guess(i)).state?.message).toBe("E-Mail-Adresse oder Passwort ist falsch.");
    expect((await guess(5)).state?.message).toMatch(/^Zu viele Anmeldeversuche\. Versuchen Sie es in \d+ Minuten? erneut\.$/);
  });

  it("at sign-up: a new account has no saved language, so the visitor's cookie stays; a taken email is said in their language", async () => {
    const email = uniqueEmail("neu");
    const made = await submit(signUpAction, { name: "Neu Hier", email, password: "correct horse battery" }, { cookie: "locale=pt" });
    expect(made.redirectedTo).toBe("/triage");
    expect(made.session).toBe(true);
    expect(made.locale).toBe("pt");
    const taken = await submit(signUpAction, { name: "Noch Mal", email, password: "correct horse battery" }, { cookie: "locale=de" });
    expect(taken.state?.ok).toBe(false);
    expect(taken.state?.message).toBe("Bitte korrigieren Sie die unten markierten Felder.");
    expect(taken.state?.errors?.email).toEqual(["Für diese E-Mail-Adresse gibt es bereits ein Konto. Möchten Sie sich stattdessen anmelden?"]);
    expect(taken.locale).toBe("de");
  });
});

describe("the account's language at OAuth sign-in", () => {
  // next-auth calls this callback on the provider's return, inside the route handler's request.
  async function oauth(email: string, cookie?: string) {
    const { authOptions } = await import("@/lib/auth/options");
    return inRequest(cookie ?? null, async () => {
      const allowed = await authOptions().callbacks!.signIn!({ user: { id: "provider-id", email, name: "Lena" }, account: { provider: "github", type: "oauth", providerAccountId: "1" } } as never);
      const locale = (await cookies()).getAll().filter((c) => c.name === "locale").at(-1)?.value;
      return { allowed, locale };
    });
  }

  it("sets the cookie from an existing account's saved language, like the password form", async () => {
    const user = await withLocale("pt");
    expect(await oauth(user.email, "locale=de")).toEqual({ allowed: true, locale: "pt" });
    const none = await withLocale(null);
    expect(await oauth(none.email, "locale=fr")).toEqual({ allowed: true, locale: "fr" });
  });

  it("makes a first-time account without touching the visitor's cookie", async () => {
    const email = uniqueEmail("oauth");
    expect(await oauth(email, "locale=es")).toEqual({ allowed: true, locale: "es" });
    expect(await savedLocale((await (await db()).user.findUniqueOrThrow({ where: { email } })).id)).toBeNull();
  });
});

describe("the language menu of signed-out visitors", () => {
  it("sets the cookie and goes back to the page it was on, keeping where sign-in leads", async () => {
    expect(await submit(setLocaleAction, { locale: "fr", returnTo: "/" })).toMatchObject({ redirectedTo: "/", locale: "fr" });
    expect(await submit(setLocaleAction, { locale: "pt", returnTo: "/sign-in?callbackUrl=%2Fhistory" }, { cookie: "locale=de" })).toMatchObject({
      redirectedTo: "/sign-in?callbackUrl=%2Fhistory",
      locale: "pt",
    });
    expect(await submit(setLocaleAction, { locale: "es", returnTo: "/sign-up" })).toMatchObject({ redirectedTo: "/sign-up", locale: "es" });
  });

  it("never goes anywhere but a page with the menu, and keeps no credential in the address", async () => {
    for (const returnTo of ["https://evil.example/", "//evil.example/sign-in", "/\\evil.example", "/settings", "javascript:alert(1)", ""]) {
      expect((await submit(setLocaleAction, { locale: "de", returnTo })).redirectedTo, returnTo).toBe("/");
    }
    const next = await submit(setLocaleAction, { locale: "de", returnTo: "/sign-in?callbackUrl=%2Fsettings%3Fpassword%3Dhunter2%26tab%3D1&email=a%40b.c" });
    expect(next.redirectedTo).toBe("/sign-in?callbackUrl=%2Fsettings%3Ftab%3D1");
    const away = await submit(setLocaleAction, { locale: "de", returnTo: "/sign-up?callbackUrl=https%3A%2F%2Fevil.example%2Fx" });
    expect(away.redirectedTo).toBe("/sign-up?callbackUrl=%2Fx");
  });

  it("refuses a language the app does not speak, naming the field, and sets nothing", async () => {
    for (const locale of ["it", "DE", "", "de-DE"]) {
      const result = await submit(setLocaleAction, { locale, returnTo: "/" }, { cookie: "locale=es" });
      expect(result.redirectedTo).toBeUndefined();
      expect(result.state?.ok).toBe(false);
      expect(Object.keys(result.state?.errors ?? {})).toEqual(["locale"]);
      expect(result.locale).toBe("es");
    }
  });
});
