// The one rule that turns the SQLite schema into the PostgreSQL one.
export const DERIVED_HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:derive`: do not edit by hand.\n";

export function derivePostgresSchema(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    // Each provider gets its own generated client; lib/db/client.ts picks one by DATABASE_URL.
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/sqlite"/, 'output          = "../../lib/generated/postgresql"');
  if (out === sqliteSchema) throw new Error("prisma/schema.prisma has no sqlite datasource to derive from");
  return DERIVED_HEADER + out;
}
