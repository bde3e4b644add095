// Public: the API's description holds no user data.
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const { origin } = new URL(request.url);
  return Response.json(buildOpenApiDocument(origin), { headers: { "Cache-Control": "public, max-age=300" } });
}
