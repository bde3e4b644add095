import { describe, expect, it } from "vitest";
import { authorizeWithPassword, SIGN_IN_FAILED } from "@/lib/auth/options";
import { makeUser, uniqueEmail } from "../support/factory";

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}:${Math.random()}`;
const headersFrom = (ip: string) => ({ "x-forwarded-for": ip });

describe("sign-in with email and password", () => {
  it("signs in with the right password, whatever the email's capitals", async () => {
    const user = await makeUser("Right Password");
    const result = await authorizeWithPassword({ email: user.email.toUpperCase(), password: user.password! }, headersFrom(address()));
    expect(result).toEqual({ id: user.id, email: user.email, name: "Right Password" });
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const user = await makeUser("Wrong Password");
    const ip = address();
    await expect(authorizeWithPassword({ email: user.email, password: "not the password" }, headersFrom(ip))).rejects.toThrow(SIGN_IN_FAILED);
    await expect(authorizeWithPassword({ email: uniqueEmail("nobody"), password: "whatever123" }, headersFrom(ip))).rejects.toThrow(
      SIGN_IN_FAILED,
    );
    await expect(authorizeWithPassword({ email: "not an email", password: "" }, headersFrom(ip))).rejects.toThrow(SIGN_IN_FAILED);
  });

  it("refuses a sixth guess from the same address, even the right password, but not the owner elsewhere", async () => {
    const user = await makeUser("Locked Out");
    const ip = address();
    for (let i = 0; i < 5; i++) {
      await expect(authorizeWithPassword({ email: user.email, password: `guess-${i}` }, headersFrom(ip))).rejects.toThrow(SIGN_IN_FAILED);
    }
    await expect(authorizeWithPassword({ email: user.email, password: user.password! }, headersFrom(ip))).rejects.toThrow(
      /Too many sign-in attempts/,
    );
    // Five failures for one email used to lock it from everywhere: anyone could keep the owner out.
    await expect(authorizeWithPassword({ email: user.email, password: user.password! }, headersFrom(address()))).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("limits failures per client address across emails", async () => {
    const ip = address();
    for (let i = 0; i < 20; i++) {
      await expect(authorizeWithPassword({ email: uniqueEmail("spray"), password: "wrong-password" }, headersFrom(ip))).rejects.toThrow(
        SIGN_IN_FAILED,
      );
    }
    const user = await makeUser("Same Network");
    await expect(authorizeWithPassword({ email: user.email, password: user.password! }, headersFrom(ip))).rejects.toThrow(
      /Too many sign-in attempts/,
    );
    // Another address is unaffected.
    await expect(authorizeWithPassword({ email: user.email, password: user.password! }, headersFrom(address()))).resolves.toMatchObject({
      id: user.id,
    });
  });
});
