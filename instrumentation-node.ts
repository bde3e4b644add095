// A bad environment (for example a missing NEXTAUTH_SECRET in production) stops the
// server at start-up, not on the first request.
import { serverEnv } from "@/lib/env";

try {
  serverEnv();
} catch (e) {
  console.error(`\n[decline-with-grace] cannot start: ${(e as Error).message}\n`);
  process.exit(1);
}

// On SIGTERM `next start` stops listening and finishes the requests in flight, but a
// connection kept alive (a load balancer's) is still served while it drains: from then on
// GET /api/health answers 503 "shutting-down" so the balancer stops sending. Next's own
// handler does the draining and the exit; this one only raises the flag. With
// NEXT_MANUAL_SIG_HANDLE the app's owner handles signals, so nothing is added.
if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      (globalThis as Record<symbol, unknown>)[Symbol.for("decline-with-grace.shutting-down")] = true;
    });
  }
}
