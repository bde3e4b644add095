// Liveness and database reachability, for load balancers and the test runner.
import { db } from "@/lib/db/client";
import { isShuttingDown } from "@/lib/shutdown";

export const dynamic = "force-dynamic";

export async function GET() {
  // Draining: finishing what is in flight, taking nothing new.
  if (isShuttingDown()) return Response.json({ status: "shutting-down" }, { status: 503 });
  const started = performance.now();
  try {
    const client = await db();
    await client.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok", database: "reachable", latencyMs: Math.round(performance.now() - started) });
  } catch {
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
