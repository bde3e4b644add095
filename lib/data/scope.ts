// Guards every data-access function: Prisma reads `undefined` in a where clause as
// "no filter", so a missing user id must stop here, never reach a query.
export function ownerId(userId: string): string {
  if (typeof userId !== "string" || userId.trim() === "") throw new Error("A signed-in user id is required");
  return userId;
}

/** Prisma's "record to update/delete not found" error, raised when an id is not the caller's. */
export function isNotFound(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2025";
}

/** Prisma's unique-constraint error. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}

/** Reads a Json column that holds a list of strings, tolerating anything malformed. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
