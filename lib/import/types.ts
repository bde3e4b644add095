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

/** A file that is wrong, damaged or too big: the message names the file and, where it applies, the line. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    /** "too_large": the upload itself is over its size limit (HTTP 413). */
    readonly reason?: "too_large",
  ) {
    super(message);
    this.name = "ImportError";
  }
}

export const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) ? 1 : 0)} MB` : `${Math.ceil(n / 1024)} KB`);
export const formatCount = (n: number) => n.toLocaleString("en-US");
