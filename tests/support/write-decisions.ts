// A separate writer process for the concurrency test: saves N decisions for a user
// through the app's data layer, as fast as it can, and prints how many succeeded. Run it with
// --conditions=react-server so the data layer's "server-only" marker resolves to nothing.
import { createDecision } from "@/lib/data/decisions";

const [userId, count] = [process.argv[2]!, Number(process.argv[3])];
let done = 0;
await Promise.all(
  Array.from({ length: count }, (_, i) =>
    createDecision(userId, {
      profileId: null,
      platform: "x",
      text: `@writer_${i}`,
      parsed: { name: `Writer ${i}`, firstName: "Writer", headline: null, company: null, mutualConnections: null, note: null },
      verdict: "accept",
      confidence: 0.5,
      reasons: [],
      signals: [],
      draftText: null,
      draftShort: null,
      status: "accepted",
    }).then(() => done++),
  ),
);
console.log(done);
process.exit(0);
