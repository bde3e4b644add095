// What a platform export yields: the incoming requests, each with where in the file it came from.
export const IMPORT_PLATFORMS = ["linkedin", "facebook", "instagram"] as const;
export type ImportPlatform = (typeof IMPORT_PLATFORMS)[number];

export type ImportedRequest = {
  platform: ImportPlatform;
  /** The person's name (Instagram: their username). */
  name: string;
  /** The invitation's message, when they wrote one (LinkedIn only). */
  note: string | null;
  /** Their profile link, when the export has one. */
  profileUrl: string | null;
  /** When they sent it, ISO 8601 (UTC), when the export says. */
  sentAt: string | null;
  /** The file inside the upload it came from ("Invitations.csv"). */
  source: string;
  /** CSV line number, or the entry's position (1-based) in a JSON list. */
  line: number;
};

/** The file of each platform's export that holds the incoming requests (named to the user as is). */
export const EXPECTED_FILE_NAMES = {
  linkedin: "Invitations.csv",
  facebook: "received_friend_requests.json",
  instagram: "follow_requests_you've_received.json",
} as const satisfies Record<ImportPlatform, string>;

/** The limits of one import, stated to the user and enforced while reading. */
export const IMPORT_LIMITS = {
  /** The upload itself (a whole archive or a single file); a proxy in front of the app caps bodies at 10 MB. */
  uploadBytes: 8 * 1024 * 1024,
  /** One file inside a zip once uncompressed (guards against zip bombs). */
  entryBytes: 32 * 1024 * 1024,
  /** Entries listed in a zip. */
  zipEntries: 200_000,
  /** Data rows (CSV lines or JSON list entries) in one file. */
  rows: 10_000,
  nameLength: 200,
  noteLength: 8_000,
} as const;
export type ImportLimits = { -readonly [K in keyof typeof IMPORT_LIMITS]: number };

/** A size as a number of megabytes (one decimal at most) or of whole kilobytes, for the messages to word. */
export function byteSize(n: number): { unit: "kb" | "mb"; value: number } {
  return n >= 1024 * 1024 ? { unit: "mb", value: Number((n / (1024 * 1024)).toFixed(n % (1024 * 1024) ? 1 : 0)) } : { unit: "kb", value: Math.ceil(n / 1024) };
}

/** A size in English ("8 MB"), for the HTTP API and its OpenAPI document; the app words it per language (formatSize). */
export const formatBytes = (n: number) => {
  const { unit, value } = byteSize(n);
  return `${value} ${unit === "mb" ? "MB" : "KB"}`;
};
export const formatCount = (n: number) => n.toLocaleString("en-US");
