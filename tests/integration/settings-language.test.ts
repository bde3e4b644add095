// The interface language chosen in Settings: the server action (run for real inside a Next
// request with a session cookie) keeps it on the signed-in account only, sets or clears
// this browser's `locale` cookie, answers in the language chosen, and refuses a language
// the app does not speak with an error on the field.
import { inRequest, sessionCookie } from "../support/hostile";
import { cookies } from "next/headers";
import { beforeAll, describe, expect, it } from "vitest";
import { savedLocale } from "@/lib/data/users";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { makeUser } from "../support/factory";

type Result = { ok?: boolean; message?: string; errors?: Record<string, string[]> };
type User = Awaited<ReturnType<typeof makeUser>>;

// Loaded lazily: Next's modules need the globals ../support/hostile sets up first.
let updateLanguageAction: (prev: Result, formData: FormData) => Promise<Result>;
beforeAll(async () => {
  ({ updateLanguageAction } = await import("@/lib/actions/settings"));
});

/** Posts the Language form as `user` (or signed out); returns the result and the cookie the response leaves. */
async function choose(user: User | null, fields: Record<string, string>, opts: { cookie?: string; acceptLanguage?: string } = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const session = user ? await sessionCookie(user) : "next-auth.session-token=nobody";
  const cookie = [session, opts.cookie].filter(Boolean).join("; ");
  const headers: Record<string, string> = opts.acceptLanguage ? { "accept-language": opts.acceptLanguage } : {};
  return inRequest(
    cookie,
    async () => {
      const result = await updateLanguageAction({}, form);
      return { result, localeCookie: (await cookies()).get(LOCALE_COOKIE)?.value ?? null };
    },
    headers,
  );
}

describe("the language setting", () => {
  it("stores the choice for the signed-in user only, sets the cookie, and answers in that language", async () => {
    const [a, b] = await Promise.all([makeUser("Anna Language"), makeUser("Bruno Language")]);
    expect(await savedLocale(a.id)).toBeNull();

    // An id in the form changes nothing: the account is the session's.
    const asA = await choose(a, { locale: "de", userId: b.id, id: b.id });
    expect(asA.result).toMatchObject({ ok: true, message: "Sprache gespeichert." });
    expect(asA.localeCookie).toBe("de");
    expect(await savedLocale(a.id)).toBe("de");
    expect(await savedLocale(b.id)).toBeNull();

    const asB = await choose(b, { locale: "pt" });
    expect(asB.result).toMatchObject({ ok: true, message: "Idioma salvo." });
    expect(await savedLocale(b.id)).toBe("pt");
    expect(await savedLocale(a.id)).toBe("de");
  });

  it("“Follow my browser” forgets the choice and the cookie, and answers in the browser's language", async () => {
    const user = await makeUser("Follows Browser");
    await choose(user, { locale: "es" });
    expect(await savedLocale(user.id)).toBe("es");

    const back = await choose(user, { locale: "" }, { cookie: `${LOCALE_COOKIE}=es`, acceptLanguage: "fr-CA,fr;q=0.9,en;q=0.5" });
    expect(back.result).toMatchObject({ ok: true, message: "Langue enregistrée." });
    expect(back.localeCookie).toBeNull();
    expect(await savedLocale(user.id)).toBeNull();
  });

  it("refuses a language the app does not speak with an error on the field, and changes nothing", async () => {
    const user = await makeUser("Tries Italian");
    await choose(user, { locale: "fr" });
    for (const locale of ["it", "xx", "EN", "de-DE", "__proto__", " fr"]) {
      const { result, localeCookie } = await choose(user, { locale }, { cookie: `${LOCALE_COOKIE}=fr` });
      expect(result.ok, locale).toBe(false);
      expect(result.errors?.locale, locale).toEqual([expect.stringMatching(/\S/)]);
      expect(localeCookie).toBe("fr");
      expect(await savedLocale(user.id)).toBe("fr");
    }
    // No field at all is refused the same way.
    const missing = await choose(user, {});
    expect(missing.result).toMatchObject({ ok: false, errors: { locale: [expect.any(String)] } });
    expect(await savedLocale(user.id)).toBe("fr");
  });

  it("refuses a visitor who is not signed in", async () => {
    const { result, localeCookie } = await choose(null, { locale: "de" });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/session has ended/) });
    expect(localeCookie).toBeNull();
  });
});
