// Public: the API's description holds no user data.
import { methodNotAllowed } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const { origin } = new URL(request.url);
  return Response.json(buildOpenApiDocument(origin), { headers: { "Cache-Control": "public, max-age=300" } });
}

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
