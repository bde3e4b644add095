// Test data made through the app's own data layer, with unique emails so tests never collide.
import { randomBytes } from "node:crypto";
import { createUserWithDefaults } from "@/lib/data/users";

export function uniqueEmail(prefix = "user") {
  return `${prefix}-${randomBytes(6).toString("hex")}@example.test`;
}

export async function makeUser(name = "Test User", password: string | null = "correct horse battery") {
  const email = uniqueEmail(name.split(" ")[0]!.toLowerCase());
  const user = await createUserWithDefaults({ email, name, password });
  return { ...user, password };
}
