// Platform data exports in, incoming requests out. Plain TypeScript on Node streams.
export * from "./types";
export * from "./errors";
export * from "./text";
export { parseLinkedInInvitations, parseLinkedInDate, LINKEDIN_HEADER, type LinkedInStats } from "./linkedin";
export { parseFacebookRequests, parseInstagramRequests, readJsonDocument, jsonExportKind, FACEBOOK_KEYS, INSTAGRAM_KEY } from "./json-exports";
export { readExport, type ExportReading, type ExportFileSummary } from "./archive";
export { readUploadedExport, type UploadSource } from "./upload";
export { triageTextOf, savedTextOf, triageInputOf, personKeyOfRequest, PersonIndex } from "./requests";
