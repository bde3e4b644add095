// A bad environment (for example a missing NEXTAUTH_SECRET in production) stops the
// server at start-up, not on the first request.
import { recordPeerAddresses } from "@/lib/auth/client-address";
import { serverEnv, type ServerEnv } from "@/lib/env";
import { markShuttingDown } from "@/lib/shutdown";

let env: ServerEnv;
try {
  env = serverEnv();
} catch (e) {
  console.error(`\n[decline-with-grace] cannot start: ${(e as Error).message}\n`);
  process.exit(1);
}

// Before any request: the socket's address joins X-Forwarded-For, so a client cannot
// choose the address its sign-in attempts are counted under.
recordPeerAddresses();

// On SIGTERM `next start` stops listening, finishes the requests in flight and exits
// (code 143). Two things it lacks are added here:
// - a connection kept alive (a load balancer's) is still served while it drains: from then
//   on GET /api/health answers 503 "shutting-down" so the balancer stops sending;
// - it waits for in-flight requests however long they take: after SHUTDOWN_TIMEOUT_MS
//   (default 25 s, under Kubernetes' 30 s grace period) the process exits with code 1.
// Next's own handler still does the draining. With NEXT_MANUAL_SIG_HANDLE the app's
// owner handles signals, so nothing is added.
if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
  const timeoutMs = env.SHUTDOWN_TIMEOUT_MS ?? 25_000;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      markShuttingDown();
      setTimeout(() => {
        console.error(`[decline-with-grace] requests still in flight ${timeoutMs} ms after ${signal}: exiting without them`);
        process.exit(1);
      }, timeoutMs).unref();
    });
  }
}
