// A bad environment (for example a missing NEXTAUTH_SECRET in production) stops the
// server at start-up, not on the first request.
import { serverEnv } from "@/lib/env";

try {
  serverEnv();
} catch (e) {
  console.error(`\n[decline-with-grace] cannot start: ${(e as Error).message}\n`);
  process.exit(1);
}
