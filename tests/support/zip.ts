// Builds zip archives in memory for tests (yazl, the writing twin of yauzl).
import yazl from "yazl";

export function makeZip(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8"), name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on("error", reject);
  });
}

/** A CSV field, quoted when it must be. */
export const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const FIRST = ["José", "Zoë", "Łukasz", "Chloé", "Jürgen", "Ana", "Priya", "Kenji", "Maya", "Sam", "François", "Inês", "Søren", "Ayşe", "Nguyễn"];
const LAST = ["Álvarez", "Müller", "Dąbrowski", "Dubois", "Weiß", "Ferreira", "Raman", "Watanabe", "Cohen", "O'Connor", "Lefèvre", "Gonçalves", "Østergaard", "Yılmaz", "Văn An"];
const NOTES = [
  "Hi, we met at the Lisbon product meetup last week. Would love to stay in touch!",
  "Great talk at the conference, thanks for the tips on onboarding.",
  "We worked together at Initech, good to reconnect.",
  "Hello, \"quoted\" words, commas, and\na second line.",
];

/**
 * An Invitations.csv of `count` rows (invented people): every third row outgoing, every
 * other incoming row with a message, names with accents. Returns the text and the incoming rows.
 */
export function invitationsCsv(count: number, opts: { oldHeader?: boolean; prefix?: string; allIncoming?: boolean } = {}) {
  const header = opts.oldHeader ? "From,To,Sent At,Message,Direction" : "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl";
  const lines = [header];
  const incoming: { name: string; note: string | null; url: string }[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${opts.prefix ?? ""}${i}`.replace(/\s+/g, " ").trim();
    const slug = `person-${opts.prefix ?? ""}${i}-example`;
    const outgoing = !opts.allIncoming && i % 3 === 2;
    const note = !outgoing && i % 2 === 0 ? NOTES[i % NOTES.length]! : null;
    const month = (i % 12) + 1;
    const row = outgoing
      ? ["Robin Example", name, `${month}/${(i % 28) + 1}/25, ${(i % 12) + 1}:${String(i % 60).padStart(2, "0")} PM`, "", "OUTGOING", "https://www.linkedin.com/in/robin-example", `https://www.linkedin.com/in/${slug}`]
      : [name, "Robin Example", `${month}/${(i % 28) + 1}/25, ${(i % 12) + 1}:${String(i % 60).padStart(2, "0")} AM`, note ?? "", "INCOMING", `https://www.linkedin.com/in/${slug}`, "https://www.linkedin.com/in/robin-example"];
    lines.push((opts.oldHeader ? row.slice(0, 5) : row).map(csvField).join(","));
    if (!outgoing) incoming.push({ name, note, url: `https://www.linkedin.com/in/${slug}` });
  }
  return { text: lines.join("\r\n") + "\r\n", incoming };
}
