import { describe, expect, it } from "vitest";
import { splitBulkRequests } from "@/lib/triage";

describe("splitBulkRequests", () => {
  it("splits on dash lines when there are any", () => {
    const text = "Priya Raman\nPM at Globex\n\nHi Jenn, loved your talk!\n---\nBrian Walsh\n2 mutual friends\n——————\n\n@lena_builds · Lena Fischer\nhey!";
    expect(splitBulkRequests(text)).toEqual([
      "Priya Raman\nPM at Globex\n\nHi Jenn, loved your talk!",
      "Brian Walsh\n2 mutual friends",
      "@lena_builds · Lena Fischer\nhey!",
    ]);
  });

  it("splits on blank lines otherwise, keeping a note that follows its header after a blank line", () => {
    const text = [
      "Priya Raman",
      "Senior Product Manager at Globex",
      "14 mutual connections",
      "",
      "Hi Jenn, I enjoyed your talk at the marketing summit last week.",
      "",
      "Daniel Okafor",
      "Solutions Architect | Initech Cloud Platform",
      "8 mutual connections",
      "",
      "Accept",
      "Ignore",
      "",
      "sam.writes.poems requested to follow you",
      "Sam Porter · 1 mutual follower",
    ].join("\n");
    const parts = splitBulkRequests(text);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toContain("Hi Jenn, I enjoyed your talk");
    expect(parts[1]).toMatch(/^Daniel Okafor/);
    expect(parts[1]).toContain("Accept");
    expect(parts[2]).toMatch(/^sam\.writes\.poems/);
  });

  it("keeps a sign-off with its note", () => {
    const parts = splitBulkRequests("Ana Ruiz\nDesigner\n\nLoved your post on grids.\nBest,\n\nAna\n\nTom Becker\n25 mutual friends");
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain("Ana");
    expect(parts[1]).toMatch(/^Tom Becker/);
  });

  it("returns nothing for empty input and one request for one request", () => {
    expect(splitBulkRequests("")).toEqual([]);
    expect(splitBulkRequests("\n\n  \n")).toEqual([]);
    expect(splitBulkRequests("Brian Walsh\n2 mutual friends")).toEqual(["Brian Walsh\n2 mutual friends"]);
  });

  it("reads a notifications page: only the requests, each grouped one for the people it names, no likes, replies or birthdays", () => {
    const x = ["Notifications", "All", "Ana Ruiz and 2 others followed you", "Marcus Lee liked your post", "shipping a tiny CLI for diffing JSON schemas", "Chloe Bennett | Tech Recruiter at Hirewell followed you", "Priya Raman reposted your post", "shipping a tiny CLI for diffing JSON schemas", "Daniel Osei", "@dosei_dev", "·", "2h", "Replying to @maxbuilds", "this is great, starred the repo", "Raquel Soto followed you"].join("\n");
    const parts = splitBulkRequests(x);
    expect(parts.map((p) => p.split("\n")[0])).toEqual(["Ana Ruiz and 2 others followed you", "Chloe Bennett | Tech Recruiter at Hirewell followed you", "Raquel Soto followed you"]);
    const fb = ["Notifications", "Camille Girard vous a envoyé une invitation.", "5 min", "Confirmer", "Supprimer", "Julien Marchand et 7 autres personnes ont réagi à votre publication : « Premier marathon bouclé ! »", "1 h", "C'est l'anniversaire de Sophie Lambert aujourd'hui.", "Nicolas Fabre vous a envoyé une invitation.", "1 ami en commun", "Confirmer", "Supprimer", "Pierre Garnier a accepté votre invitation.", "Élise Blanc a commenté votre photo : « Bravo !! »"].join("\n");
    expect(splitBulkRequests(fb).map((p) => p.split("\n")[0])).toEqual(["Camille Girard vous a envoyé une invitation.", "Nicolas Fabre vous a envoyé une invitation."]);
    // two people named on one line are two requests
    expect(splitBulkRequests("jonas.brandt und marie_k haben angefangen, dir zu folgen")).toHaveLength(2);
  });
});
