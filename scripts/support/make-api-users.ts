// Makes N users (the app's defaults, no password) each with one personal API token,
// through the data layer, on the database of DATABASE_URL; prints them as JSON.
// Run with --conditions=react-server so the data layer's "server-only" marker resolves:
//   DATABASE_URL=file:… node --conditions=react-server --import tsx scripts/support/make-api-users.ts 20
import { randomBytes } from "node:crypto";
import { createApiToken } from "@/lib/data/api-tokens";
import { createUserWithDefaults } from "@/lib/data/users";

const count = Number(process.argv[2] ?? 1);
const tag = randomBytes(4).toString("hex");
const users = [];
for (let i = 0; i < count; i++) {
  const email = `api-${tag}-${i}@example.test`;
  const user = await createUserWithDefaults({ email, name: `API User ${i}`, password: null });
  const { token } = await createApiToken(user.id, "reliability");
  users.push({ userId: user.id, email, token });
}
console.log(JSON.stringify(users));
process.exit(0);
