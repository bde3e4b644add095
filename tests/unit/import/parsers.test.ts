import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  IMPORT_LIMITS,
  ImportError,
  parseFacebookRequests,
  parseInstagramRequests,
  parseLinkedInDate,
  parseLinkedInInvitations,
  PersonIndex,
  personKeyOfRequest,
  readExport,
  readJsonDocument,
  readUploadedExport,
  repairMojibake,
  type ImportedRequest,
  type ImportLimits,
} from "@/lib/import";
import { invitationsCsv, makeZip } from "@/tests/support/zip";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "import-test-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function onDisk(name: string, content: Buffer | string) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name.replace(/\//g, "_")}`);
  await writeFile(path, content);
  return path;
}
async function read(name: string, content: Buffer | string, limits: ImportLimits = IMPORT_LIMITS) {
  return readExport(await onDisk(name, content), name, { ...limits });
}
async function failure(p: Promise<unknown>): Promise<ImportError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ImportError);
  return e as ImportError;
}
async function collect(it: AsyncIterable<ImportedRequest>) {
  const out: ImportedRequest[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe("repairMojibake", () => {
  it("repairs UTF-8 read as Latin-1", () => {
    expect(repairMojibake("JosÃ©")).toBe("José");
    expect(repairMojibake("Å\u0081ukasz DÄ\u0085browski")).toBe("Łukasz Dąbrowski");
    expect(repairMojibake("ZoÃ« MÃ¼ller")).toBe("Zoë Müller");
  });
  it("leaves correct text alone", () => {
    for (const s of ["José", "Zoë", "Kenji Watanabe", "Łukasz", "渡辺 健二", "Ãx"]) expect(repairMojibake(s)).toBe(s);
  });
});

describe("parseLinkedInDate", () => {
  it("reads LinkedIn's month/day/year with a 12-hour clock", () => {
    expect(parseLinkedInDate("1/19/26, 9:15 AM")).toBe("2026-01-19T09:15:00.000Z");
    expect(parseLinkedInDate("12/3/25, 11:47 PM")).toBe("2025-12-03T23:47:00.000Z");
    expect(parseLinkedInDate("11/2/25, 12:00 PM")).toBe("2025-11-02T12:00:00.000Z");
    expect(parseLinkedInDate("11/2/25, 12:05 AM")).toBe("2025-11-02T00:05:00.000Z");
    expect(parseLinkedInDate("01/19/2026 09:15")).toBe("2026-01-19T09:15:00.000Z");
  });
  it("gives null for anything else", () => {
    for (const s of ["", "yesterday", "2/30/25, 9:15 AM", "13/1/25, 9:15 AM", "1/1/25, 13:00 PM"]) expect(parseLinkedInDate(s)).toBeNull();
  });
});

describe("LinkedIn Invitations.csv", () => {
  it("keeps exactly the incoming rows, with name, message, link, date and line", async () => {
    const { requests, files } = await read("Invitations.csv", fixture("Invitations.csv"));
    expect(requests.map((r) => r.name)).toEqual(["José Álvarez Núñez", "Priya Raman", "Sam O'Connor"]);
    expect(requests[0]).toEqual({
      platform: "linkedin",
      name: "José Álvarez Núñez",
      note: "Hi Robin, we met at the Lisbon product meetup, great talk on onboarding. Would love to stay in touch!",
      profileUrl: "https://www.linkedin.com/in/jose-alvarez-nunez-0a1b2c",
      sentAt: "2026-01-19T09:15:00.000Z",
      source: "Invitations.csv",
      line: 2,
    });
    expect(requests[1]!.note).toBeNull();
    expect(requests[2]!.note).toBe('Hello Robin,\n"Quoted" words, commas, and a second line.');
    expect(requests[2]!.line).toBe(5);
    expect(files).toEqual([{ file: "Invitations.csv", platform: "linkedin", rows: 5, incoming: 3 }]);
  });

  it("reads the older header without the profile links", async () => {
    const { requests } = await read("Invitations.csv", fixture("Invitations-old.csv"));
    expect(requests.map((r) => [r.name, r.profileUrl])).toEqual([
      ["Zoë Hartmann", null],
      ["Ana Lúcia Ferreira", null],
    ]);
    expect(requests[0]!.sentAt).toBe("2022-03-04T10:30:00.000Z");
  });

  it("reads the CSV inside LinkedIn's zip, wherever it sits", async () => {
    const zip = await makeZip({ "Profile.csv": "First Name,Last Name\nRobin,Example\n", "Basic_LinkedInDataExport_01-20-2026/Invitations.csv": fixture("Invitations.csv") });
    const { requests, files } = await read("Basic_LinkedInDataExport_01-20-2026.zip", zip);
    expect(requests).toHaveLength(3);
    expect(files[0]!.file).toBe("Basic_LinkedInDataExport_01-20-2026/Invitations.csv");
  });

  it("refuses a wrong header, naming the file and line 1", async () => {
    const e = await failure(read("Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Silva,,,,,\n"));
    expect(e.message).toMatch(/^Connections\.csv, line 1: the header is "First Name,Last Name,URL/);
    expect(e.message).toContain("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl");
    expect(e.line).toBe(1);
  });

  it("names the line of a row with the wrong number of columns, or a bad direction", async () => {
    const csv = "From,To,Sent At,Message,Direction\nAna,Robin,\"1/1/25, 9:00 AM\",,INCOMING\nBen,Robin,\"1/1/25, 9:00 AM\",INCOMING\n";
    expect((await failure(read("Invitations.csv", csv))).message).toBe(
      "Invitations.csv, line 3: expected 5 columns, found 4. The file may be damaged: download the archive again.",
    );
    const dir = "From,To,Sent At,Message,Direction\nAna,Robin,\"1/1/25, 9:00 AM\",,SIDEWAYS\n";
    expect((await failure(read("Invitations.csv", dir))).message).toMatch(/^Invitations\.csv, line 2: Direction is "SIDEWAYS"/);
  });

  it("names the line where a quoted field is never closed", async () => {
    const csv = 'From,To,Sent At,Message,Direction\nAna,Robin,"1/1/25, 9:00 AM","Hello there,INCOMING\n';
    const e = await failure(read("Invitations.csv", csv));
    expect(e.message).toMatch(/^Invitations\.csv, line \d+: this is not valid CSV \(a quoted field is never closed\)/);
  });

  it("enforces the row limit, naming the line", async () => {
    const { text } = invitationsCsv(30);
    const e = await failure(read("Invitations.csv", text, { ...IMPORT_LIMITS, rows: 20 }));
    expect(e.message).toBe("Invitations.csv has more than 20 invitations (line 22): the limit is 20 a file.");
  });

  it("streams: rows come out before the input ends", async () => {
    const input = new Readable({ read() {} });
    // csv-parse holds the last record of a chunk until it sees what follows: push two.
    input.push("From,To,Sent At,Message,Direction\r\nAna Silva,Robin,\"1/1/25, 9:00 AM\",,INCOMING\r\nBen Ode,Robin,\"1/1/25, 9:00 AM\",,INCOMING\r\n");
    const it = parseLinkedInInvitations(input, "Invitations.csv")[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value?.name).toBe("Ana Silva");
    input.push(null);
    expect((await it.next()).value?.name).toBe("Ben Ode");
    expect((await it.next()).done).toBe(true);
  });

  it("reads an empty file as a clear error", async () => {
    expect((await failure(collect(parseLinkedInInvitations(Readable.from([""]), "Invitations.csv")))).message).toMatch(/^Invitations\.csv is empty/);
  });
});

describe("Facebook received friend requests", () => {
  it("reads the new path and key, repairing mis-decoded names", async () => {
    const zip = await makeZip({ "connections/friends/received_friend_requests.json": fixture("received_friend_requests.json"), "connections/friends/your_friends.json": "{}" });
    const { requests } = await read("facebook-robin-2026.zip", zip);
    expect(requests.map((r) => r.name)).toEqual(["José García", "Zoë Müller", "Kenji Watanabe", "Łukasz Dąbrowski"]);
    expect(requests[0]).toMatchObject({ platform: "facebook", note: null, profileUrl: null, sentAt: "2026-01-19T09:15:00.000Z", line: 1 });
  });

  it("reads the older paths and the older key", async () => {
    for (const path of ["friends_and_followers/friend_requests_received.json", "friends/received_friend_requests.json"]) {
      const zip = await makeZip({ [path]: fixture("friend_requests_received.json") });
      const { requests } = await read("facebook.zip", zip);
      expect(requests.map((r) => r.name)).toEqual(["François Lefèvre", "Maya Cohen"]);
    }
  });

  it("reads the single JSON file", async () => {
    const { requests } = await read("received_friend_requests.json", fixture("received_friend_requests.json"));
    expect(requests).toHaveLength(4);
  });

  it("refuses JSON of the wrong shape, naming the entry", async () => {
    expect(() => parseFacebookRequests({ received_requests_v2: [{ name: "Ana", timestamp: 1 }, { timestamp: 2 }] }, "received_friend_requests.json")).toThrow(
      /^received_friend_requests\.json, entry 2 \(received_requests_v2\[1\]\.name\): /,
    );
    expect(() => parseFacebookRequests({ received_requests_v2: {} }, "f.json")).toThrow('f.json: "received_requests_v2" must be a list.');
    const e = await failure(read("your_friends.json", JSON.stringify({ friends_v2: [] })));
    expect(e.message).toMatch(/^your_friends\.json is not an export this app reads/);
  });

  it("refuses JSON cut short, and the HTML format", async () => {
    const text = fixture("received_friend_requests.json").toString("utf8");
    expect((await failure(read("received_friend_requests.json", text.slice(0, 60)))).message).toMatch(/^received_friend_requests\.json is not valid JSON/);
    expect(() => readJsonDocument("<html><body>Friend requests</body></html>", "received_friend_requests.html")).toThrow(/is HTML, not JSON/);
  });
});

describe("Instagram follow requests received", () => {
  it("reads the new path with href, value and timestamp", async () => {
    const zip = await makeZip({ "connections/followers_and_following/follow_requests_you've_received.json": fixture("follow_requests_you've_received.json") });
    const { requests } = await read("instagram-robin.zip", zip);
    expect(requests).toEqual([
      { platform: "instagram", name: "maria.silva.example", note: null, profileUrl: "https://www.instagram.com/maria.silva.example", sentAt: "2026-01-19T09:15:00.000Z", source: "connections/followers_and_following/follow_requests_you've_received.json", line: 1 },
      expect.objectContaining({ name: "tomas_photo_example" }),
    ]);
  });

  it("reads the older path, and entries whose username is in title or the link", async () => {
    const zip = await makeZip({ "followers_and_following/follow_requests_you've_received.json": fixture("follow_requests_you've_received-title.json") });
    const { requests } = await read("instagram.zip", zip);
    expect(requests.map((r) => [r.name, r.profileUrl])).toEqual([["lea.k.example", "https://www.instagram.com/_u/lea.k.example"]]);
    expect(parseInstagramRequests({ relationships_follow_requests_received: [{ string_list_data: [{ href: "https://www.instagram.com/_u/only.link" }] }] }, "x.json")[0]!.name).toBe("only.link");
  });

  it("refuses an entry without string_list_data", () => {
    expect(() => parseInstagramRequests({ relationships_follow_requests_received: [{ title: "x" }] }, "f.json")).toThrow(/^f\.json, entry 1 \(relationships_follow_requests_received\[0\]\.string_list_data\)/);
  });
});

describe("archives", () => {
  it("refuses a truncated zip before reading anything", async () => {
    const zip = await makeZip({ "Invitations.csv": fixture("Invitations.csv") });
    const e = await failure(read("linkedin.zip", zip.subarray(0, Math.floor(zip.length * 0.6))));
    expect(e.message).toMatch(/^linkedin\.zip is damaged or incomplete \(the zip's table of contents is missing, as when a download is cut short\)/);
  });

  it("refuses a zip with no requests in it, and a file that is no export", async () => {
    const zip = await makeZip({ "Profile.csv": "First Name\nRobin\n" });
    expect((await failure(read("linkedin.zip", zip))).message).toMatch(/^linkedin\.zip holds no incoming requests: expected Invitations\.csv/);
    expect((await failure(read("photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])))).message).toMatch(/^photo\.png is not an export this app reads/);
    expect((await failure(read("export.zip", "not a zip at all"))).message).toMatch(/^export\.zip is not a zip archive/);
  });

  it("enforces the size of a file once unpacked (zip bombs)", async () => {
    const { text } = invitationsCsv(200);
    const zip = await makeZip({ "Invitations.csv": text });
    const e = await failure(read("linkedin.zip", zip, { ...IMPORT_LIMITS, entryBytes: 4_096 }));
    expect(e.message).toMatch(/^Invitations\.csv is \d+ KB once unpacked: the limit is 4 KB a file\./);
  });

  it("enforces the upload size while the upload arrives", async () => {
    const big = Buffer.alloc(64 * 1024, 0x41);
    let pulled = 0;
    const source = new Readable({
      read() {
        pulled++;
        this.push(pulled > 1_000 ? null : big);
      },
    });
    const e = await failure(readUploadedExport(source, "huge.zip", { ...IMPORT_LIMITS, uploadBytes: 1024 * 1024 }));
    expect(e.message).toMatch(/^huge\.zip is larger than 1 MB: the limit is 1 MB/);
    expect(pulled).toBeLessThan(40); // stopped early, never read the whole stream
  });

  it("reads an upload stream end to end (web stream)", async () => {
    const zip = await makeZip({ "Invitations.csv": fixture("Invitations.csv") });
    const { requests } = await readUploadedExport(new Blob([new Uint8Array(zip)]).stream(), "linkedin.zip");
    expect(requests).toHaveLength(3);
  });
});

describe("person keys", () => {
  const req = (platform: ImportedRequest["platform"], name: string, profileUrl: string | null) => personKeyOfRequest({ platform, name, profileUrl });

  it("match by profile link, else by name, per platform", () => {
    const seen = new PersonIndex();
    seen.add(req("linkedin", "José Álvarez", "https://www.linkedin.com/in/jose-alvarez/"));
    seen.add(req("facebook", "Zoë Müller", null));
    expect(seen.has(req("linkedin", "Jose Alvarez (he/him)", "https://linkedin.com/in/Jose-Alvarez?trk=x"))).toBe(true);
    expect(seen.has(req("linkedin", "José Álvarez", "https://www.linkedin.com/in/another-jose"))).toBe(false); // a namesake
    expect(seen.has(req("linkedin", "josé álvarez", null))).toBe(true);
    expect(seen.has(req("facebook", "ZOE MULLER", null))).toBe(true);
    expect(seen.has(req("instagram", "Zoë Müller", null))).toBe(false);
  });

  it("a name seen without a link matches a request with a link", () => {
    const seen = new PersonIndex();
    seen.add(req("linkedin", "Priya Raman", null));
    expect(seen.has(req("linkedin", "Priya Raman", "https://www.linkedin.com/in/priya"))).toBe(true);
  });

  it("Instagram keys on the username", () => {
    const seen = new PersonIndex();
    seen.add(req("instagram", "maria.silva", "https://www.instagram.com/_u/Maria.Silva"));
    expect(seen.has(req("instagram", "maria.silva", "https://www.instagram.com/maria.silva/"))).toBe(true);
    expect(seen.has(req("instagram", "maria.silvaa", "https://www.instagram.com/maria.silvaa"))).toBe(false);
  });
});
