// Imports of platform exports for a signed-in user: read the upload, triage each
// incoming request with the chosen profile, mark the people already in History; and,
// once the user confirms, triage again and save the new ones once. The server action
// and the HTTP API share it.
import "server-only";
import type { ReasonKey } from "@/lib/triage";
import { knownPeople, saveImportedDecisions, type ImportedDecision } from "@/lib/data/imports";
import { PersonIndex, personKeyOfRequest, readUploadedExport, savedTextOf, triageInputOf, type ImportPlatform, type UploadSource } from "@/lib/import";
import { engineProfileFor, type EngineProfile } from "@/lib/triage-service/profile";
import { triageInUserLanguage } from "@/lib/triage-service/language";
import { defaultRevisitAt } from "@/lib/domain";
import { naturalStatus } from "@/lib/triage-service";
import type { ImportPreview, ImportPreviewRow, ImportRowInput } from "@/lib/validations/import";

/** The profile named was not found among the user's. */
export class UnknownProfileError extends Error {
  constructor() {
    super("No profile with this id."); // i18n-ignore: never shown as is (the app and the API each word it)
  }
}

/** The engine profile per platform: the one the user picked, else each platform's default. */
async function profilesFor(userId: string, profileId: string | null, platforms: ImportPlatform[]) {
  const out = new Map<ImportPlatform, EngineProfile>();
  for (const platform of platforms) {
    const engine = await engineProfileFor(userId, { profileId, platform });
    if (profileId && engine.profileId !== profileId) throw new UnknownProfileError();
    out.set(platform, engine);
  }
  return out;
}

function triageRow(row: ImportRowInput, engine: EngineProfile) {
  // Drafts in the request's language, else the user's (lib/triage-service/language.ts), as on the Triage page.
  return triageInUserLanguage({ ...triageInputOf(row), profile: engine.profile }, engine.userLanguage);
}

type Triaged = ReturnType<typeof triageRow>;

function decisionOf(row: ImportRowInput, result: Triaged, engine: EngineProfile, revisit: Date): ImportedDecision {
  const status = naturalStatus(result.verdict);
  const p = result.parsed;
  return {
    key: personKeyOfRequest(row),
    decision: {
      profileId: engine.profileId,
      platform: row.platform,
      text: savedTextOf(row),
      parsed: { name: p.name, firstName: p.firstName, headline: p.headline, company: p.company, mutualConnections: p.mutualConnections, note: p.note },
      verdict: result.verdict,
      confidence: result.confidence,
      reasons: result.reasons,
      signals: result.signals,
      draftText: result.draft?.text ?? null,
      draftShort: result.draft?.short ?? null,
      templateIds: result.reasons.map((k) => engine.templateIds[k]).filter((id): id is string => !!id),
      status,
      revisitAt: status === "held" ? revisit : null,
    },
  };
}

const revisitDate = () => defaultRevisitAt();

/** Reads and triages an upload; saves nothing. Throws ImportError for a wrong or damaged file. */
export async function previewImport(userId: string, upload: { source: UploadSource; name: string }, profileId: string | null): Promise<ImportPreview> {
  return (await readAndTriage(userId, upload, profileId)).preview;
}

/**
 * Reads, triages and saves the new requests in one pass (the API's `confirm=true`: the
 * server made the verdicts itself, so they are not computed twice).
 */
export async function importAndSave(
  userId: string,
  upload: { source: UploadSource; name: string },
  profileId: string | null,
): Promise<{ preview: ImportPreview; saved: number; duplicates: number }> {
  const { preview, fresh } = await readAndTriage(userId, upload, profileId);
  const revisit = revisitDate();
  const items = fresh.map(({ row, result, engine }) => decisionOf(row, result, engine, revisit));
  const outcome = items.length ? await saveImportedDecisions(userId, items) : { saved: 0, duplicates: 0 };
  return { preview, saved: outcome.saved, duplicates: preview.counts.duplicates + outcome.duplicates };
}

async function readAndTriage(userId: string, upload: { source: UploadSource; name: string }, profileId: string | null) {
  const reading = await readUploadedExport(upload.source, upload.name);
  const platforms = [...new Set(reading.requests.map((r) => r.platform))];
  const engines = await profilesFor(userId, profileId, platforms);
  const history = await knownPeople(userId, platforms);
  const inFile = new PersonIndex();
  const verdicts = { accept: 0, decline: 0, observe: 0, ignore: 0 };
  let duplicates = 0;
  const fresh: { row: ImportRowInput; result: Triaged; engine: EngineProfile }[] = [];
  const rows: ImportPreviewRow[] = reading.requests.map((r) => {
    const key = personKeyOfRequest(r);
    const duplicate = history.has(key) ? "history" : inFile.has(key) ? "file" : null;
    inFile.add(key);
    const engine = engines.get(r.platform)!;
    const result = triageRow(r, engine);
    if (duplicate) duplicates++;
    else {
      verdicts[result.verdict]++;
      fresh.push({ row: r, result, engine });
    }
    return { ...r, verdict: result.verdict, confidence: result.confidence, reasons: result.reasons as ReasonKey[], duplicate };
  });
  const first = engines.values().next().value;
  const preview: ImportPreview = {
    fileName: upload.name,
    files: reading.files,
    profileId: profileId ?? (engines.size === 1 ? (first?.profileId ?? null) : null),
    profileName: profileId || engines.size === 1 ? (first?.profileName ?? null) : null,
    counts: { requests: rows.length, new: rows.length - duplicates, duplicates, verdicts },
    rows,
  };
  return { preview, fresh };
}

/**
 * Triages the reviewed requests again and saves the people not yet in History, each with
 * the status its verdict calls for (a hold gets the usual revisit date).
 */
export async function confirmImport(userId: string, rows: ImportRowInput[], profileId: string | null): Promise<{ saved: number; duplicates: number }> {
  const engines = await profilesFor(userId, profileId, [...new Set(rows.map((r) => r.platform))]);
  // People already in History are skipped before the engine runs on them (and again, under the lock, when saving).
  const history = await knownPeople(userId, [...engines.keys()]);
  const revisit = revisitDate();
  const items: ImportedDecision[] = [];
  let known = 0;
  for (const row of rows) {
    if (history.has(personKeyOfRequest(row))) known++;
    else items.push(decisionOf(row, triageRow(row, engines.get(row.platform)!), engines.get(row.platform)!, revisit));
  }
  const outcome = items.length ? await saveImportedDecisions(userId, items) : { saved: 0, duplicates: 0 };
  return { saved: outcome.saved, duplicates: known + outcome.duplicates };
}

