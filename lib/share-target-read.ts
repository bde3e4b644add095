// Reads the shared request that /triage/share left in its cookie (lib/share-target.ts).
import "server-only";
import { cookies } from "next/headers";
import { SHARE_COOKIE, unsealShared, type SharedRequest } from "@/lib/share-target";

export async function sharedRequest(): Promise<SharedRequest | null> {
  return unsealShared((await cookies()).get(SHARE_COOKIE)?.value);
}
