// Liveness and database reachability, for load balancers and the test runner.
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Set by instrumentation-node.ts when SIGTERM or SIGINT arrives. */
const shuttingDown = () => (globalThis as Record<symbol, unknown>)[Symbol.for("decline-with-grace.shutting-down")] === true;

export async function GET() {
  // Draining: finishing what is in flight, taking nothing new.
  if (shuttingDown()) return Response.json({ status: "shutting-down" }, { status: 503 });
  const started = performance.now();
  try {
    const client = await db();
    await client.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok", database: "reachable", latencyMs: Math.round(performance.now() - started) });
  } catch {
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
