// Liveness: the process is up and serving. Static JSON, no database: the no-op baseline
// of the load benchmark (scripts/bench/load.ts). /api/health also checks the database.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
