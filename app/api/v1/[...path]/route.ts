// Any other /api/v1 path answers in the API's error shape rather than with an HTML page.
import { ApiError, errorResponse } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

function unknownEndpoint(request: Request): Response {
  const { pathname } = new URL(request.url);
  return errorResponse(new ApiError(404, "not_found", `No endpoint ${request.method} ${pathname}. The endpoints are listed at /api/v1/openapi.json.`));
}

export const GET = unknownEndpoint;
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
