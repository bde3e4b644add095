// The six failures issue 10 reported, each as a test, and the surface vocabulary at work.
import { describe, expect, it } from "vitest";
import { parseRequest, splitBulkRequests, triage } from "@/lib/triage";
import { severalRequests } from "@/lib/triage/bulk";
import { parseRequestDetailed } from "@/lib/triage/parse";
import { EVENT_HINT_RE, EVENT_RE, findMutual, isPlatformLink, LINKEDIN, FACEBOOK, INSTAGRAM, X_SURFACE, EMAIL } from "@/lib/triage/surfaces";

const LINKEDIN_EMAIL = `Hi Jenn,

I'd like to join your LinkedIn network.

Marcus Lee
Product Manager at Proseware
Greater Seattle Area

View profile: https://www.linkedin.com/comm/profile/view?id=AAsAAAJUVTYBWk&authType=name&trk=eml-email_m2m_invite_single_01-hero-3-prof%7Ecta

Accept: https://www.linkedin.com/comm/people/invite-accept?mboxid=I61329854532&sharedKey=48j6iM8P&trk=eml-email_m2m_invite_single_01-hero-0-accept%7Ecta

.....................................

Unsubscribe: https://www.linkedin.com/e/v2?e=1b3p5-inqenmmy-ir&t=lun&m=unsub

Help: https://www.linkedin.com/e/v2?e=1b3p5-inqenmmy-ir&a=customerServiceUrl

You are receiving Invitation emails.

This email was intended for Jenn Hanford (Marketing Lead at Contoso).
Learn why we included this: https://www.linkedin.com/e/v2?e=1b3p5&articleId=4788

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085. LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.`;

describe("issue 10: the six reported failures", () => {
  it("1. a genuine LinkedIn invitation e-mail, pasted whole, is read and declined (competitor), not ignored", () => {
    const r = triage({ text: LINKEDIN_EMAIL, profile: { competitors: ["Proseware"], signature: "Jenn" } });
    expect(r.verdict).toBe("decline");
    expect(r.reasons).toEqual(["competitor"]);
    expect(r.draft?.text).toContain("Marcus");
    expect(r.spamScore).toBeLessThan(0.3);
    expect(r.parsed).toMatchObject({ name: "Marcus Lee", firstName: "Marcus", headline: "Product Manager at Proseware", company: "Proseware", note: null, platform: "linkedin" });
  });

  it("2. a plain invitation card with no note is accepted, not ignored", () => {
    const text = "Marcus Lee\nMarcus Lee's profile picture\nProduct Manager at Proseware\nHannah Becker and 21 other mutual connections\nIgnore\nAccept";
    const r = triage({ text });
    expect(r.verdict).toBe("accept");
    expect(r.parsed).toMatchObject({ name: "Marcus Lee", headline: "Product Manager at Proseware", company: "Proseware", mutualConnections: 22, note: null, platform: "linkedin" });
  });

  it("3. a whole invitations page splits into its cards, the page chrome dropped", () => {
    const page = [
      "Invitations (3)", "Manage",
      "Marcus Lee’s profile picture", "Marcus Lee", "Product Manager at Proseware", "Hannah Becker and 21 other mutual connections", "Ignore", "Accept",
      "Ana Souza’s profile picture", "Ana Souza • 2nd", "Data Engineer | Python · Spark 🚀", "Hannah Becker is a mutual connection", "Hi! We met at PyCon last week, great talk.", "Reply to Ana", "Ignore", "Accept",
      "Jörg van der Berg’s profile picture", "Jörg van der Berg", "Head of Sales at Northwind", "12 mutual connections", "Ignore", "Accept",
      "Show all",
    ].join("\n");
    const parts = splitBulkRequests(page);
    expect(parts).toHaveLength(3);
    expect(parts.map((p) => parseRequest(p).name)).toEqual(["Marcus Lee", "Ana Souza", "Jörg van der Berg"]);
    expect(parts.join("\n")).not.toMatch(/Invitations \(3\)|^Manage$|Show all/m);
    for (const p of parts) expect(triage({ text: p }).verdict).toBe("accept");
    expect(severalRequests(page)).toBe(true);
    const single = triage({ text: page });
    expect(single.parseWarnings).toContain("several_requests");
    expect(single.uncertain).toBe(true);
  });

  it("4. 'Reply to Marcus' under a note is a button, not the name", () => {
    const p = parseRequest("Marcus Lee\nProduct Manager at Proseware\nHi Jenn, great to meet you at the summit!\nReply to Marcus\nIgnore\nAccept");
    expect(p).toMatchObject({ name: "Marcus Lee", firstName: "Marcus", headline: "Product Manager at Proseware", note: "Hi Jenn, great to meet you at the summit!" });
  });

  it("5. an Instagram row is Instagram, with the name", () => {
    const p = parseRequest("marcuslee\nMarcus Lee\nrequested to follow you. 2h\nConfirm\nDelete");
    expect(p).toMatchObject({ platform: "instagram", name: "Marcus Lee", firstName: "Marcus", headline: null, note: null });
    expect(p.handles).toContain("marcuslee");
  });

  it("6. 'is a mutual connection' is 1 and 'A and N other' is N + 1", () => {
    expect(parseRequest("Ana Ruiz\nHannah Becker is a mutual connection").mutualConnections).toBe(1);
    expect(parseRequest("Ana Ruiz\nHannah Becker and 21 other mutual connections").mutualConnections).toBe(22);
  });
});

describe("every way of saying mutual connections", () => {
  const cases: Array<[string, number]> = [
    ["14 mutual connections", 14],
    ["1 mutual connection", 1],
    ["Hannah Becker and 1 other mutual connection", 2],
    ["Maksim Kuzmin, Nikita Feshchun & 8 other mutual connections", 10],
    ["Hannah Becker and Tom Lee are mutual connections", 2],
    ["Hannah Becker is a mutual connection", 1],
    ["8 connections in common", 8],
    ["25 mutual friends", 25],
    ["1 mutual friend", 1],
    ["Tom Becker is a mutual friend", 1],
    ["Tom Becker and 3 other mutual friends", 4],
    ["Followed by ana.r, tom_b and 3 others", 5],
    ["Followed by ana.r", 1],
    ["Followed by ana.r and tom_b", 2],
    ["Followed by Ana Ruiz and 12 others you follow", 13],
    ["No mutual friends", 0],
    ["12 contactos en común", 12],
    ["Max Muster und 71 weitere gemeinsame Kontakte", 72],
    ["3 relations en commun", 3],
    ["4 conexões em comum", 4],
    ["6 amigos en común", 6],
    ["2 gemeinsame Freunde", 2],
    ["5 amis en commun", 5],
    ["7 amigos em comum", 7],
    ["Sam Porter · 1 mutual follower", 1],
    // the localised forms LinkedIn prints around a named contact
    ["Fernando Ruiz-Galindo, Héctor Muñoz y 3 contactos más en común", 5],
    ["Marisol Monroy es contacto en común", 1],
    ["Youness et 4 autres relations en commun", 5],
    ["Julien Petit est une relation que vous avez en commun", 1],
    ["Carlos Lima e mais 7 conexões em comum", 8],
    ["2 outras conexões em comum", 2],
    ["Özgür O. und 71 weitere gemeinsame Kontakte", 72],
  ];
  it.each(cases)("%s → %i", (line, n) => {
    expect(findMutual(line)?.count).toBe(n);
    expect(parseRequest(`Ana Ruiz\nDesigner at Litware\n${line}`).mutualConnections).toBe(n);
  });

  it("does not read a sentence that mentions 'followed by' as a count", () => {
    expect(findMutual("Text your AGE followed by your GENDER as M or F")).toBeNull();
  });
});

describe("only the person's words are evidence", () => {
  it("the spam model reads the name, headline and note, not buttons, footers or the platform's links", () => {
    const d = parseRequestDetailed(LINKEDIN_EMAIL);
    expect(d.personText).toContain("Marcus Lee");
    expect(d.personText).toContain("Product Manager at Proseware");
    expect(d.personText).not.toMatch(/linkedin\.com|Unsubscribe|You are receiving|intended for|Corporation|join your LinkedIn network|Hi Jenn/);
  });

  it("a link to the platform's own pages is not the person's; a page someone links to is", () => {
    expect(isPlatformLink("https://www.linkedin.com/comm/people/invite-accept?x=1")).toBe(true);
    expect(isPlatformLink("https://www.linkedin.com/in/marcus-lee-123")).toBe(true);
    expect(isPlatformLink("https://www.facebook.com/n/?friends/requests")).toBe(true);
    expect(isPlatformLink("https://www.facebook.com/pages/Some-Fan-Page/1495")).toBe(false);
    expect(isPlatformLink("bit.ly/annaprv")).toBe(false);
  });

  it("a scam in the note is still caught inside a whole e-mail", () => {
    const text = LINKEDIN_EMAIL.replace("Greater Seattle Area", "Greater Seattle Area\n\nHi dear, I have a lucrative crypto investment with guaranteed weekly profits. Add me on WhatsApp +44 7700 900123.");
    expect(triage({ text }).verdict).toBe("ignore");
  });
});

describe("honest confidence", () => {
  it("no name found: the result says so and the confidence drops", () => {
    const sure = triage({ text: "Ana Ruiz\nDesigner at Litware\n3 mutual connections" });
    const unsure = triage({ text: "designer at litware\n3 mutual connections" });
    expect(sure.uncertain).toBe(false);
    expect(unsure.parseWarnings).toContain("no_name");
    expect(unsure.uncertain).toBe(true);
    expect(unsure.confidence).toBeLessThan(sure.confidence);
  });

  it("two candidate names: the picture says one person, the card another", () => {
    const r = triage({ text: "Marcus Lee’s profile picture\nAna Souza\nProduct Manager at Proseware\n3 mutual connections" });
    expect(r.parseWarnings).toContain("several_names");
  });

  it("the user's correction of the name settles it", () => {
    const r = triage({ text: "designer at litware\n3 mutual connections", overrides: { name: "Ana Ruiz" } });
    expect(r.parseWarnings).not.toContain("no_name");
  });
});

describe("the vocabularies", () => {
  it("keeps one file per platform, keyed by language, with the other languages' main buttons", () => {
    for (const v of [LINKEDIN, FACEBOOK, INSTAGRAM, X_SURFACE, EMAIL]) {
      expect(v.words.en).toBeDefined();
      expect(v.sources.length).toBeGreaterThan(0);
    }
    expect(LINKEDIN.words.de?.buttons).toEqual(expect.arrayContaining(["annehmen", "ignorieren"]));
    expect(LINKEDIN.words.fr?.buttons).toEqual(expect.arrayContaining(["accepter", "ignorer"]));
    expect(LINKEDIN.words.es?.buttons).toEqual(expect.arrayContaining(["aceptar", "ignorar"]));
    expect(LINKEDIN.words.pt?.buttons).toEqual(expect.arrayContaining(["aceitar", "ignorar"]));
  });

  it("reads German buttons and degree badges as the interface", () => {
    const p = parseRequest("Dana Beispiel möchte Kontakt mit Ihnen aufnehmen\nImmobilienmaklerin | Inhaberin Beispiel Immobilien Kiel\nMax Muster und 71 weitere gemeinsame Kontakte\nIgnorieren\nAnnehmen");
    expect(p).toMatchObject({ name: "Dana Beispiel", headline: "Immobilienmaklerin | Inhaberin Beispiel Immobilien Kiel", mutualConnections: 72, note: null });
  });

  it("drops pronouns, badges and times around a name", () => {
    const p = parseRequest("Ana Ruiz (She/Her) · 3rd+\nPremium\nStaff Designer at Litware\n2d\n5 mutual connections\nIgnore\nAccept");
    expect(p).toMatchObject({ name: "Ana Ruiz", headline: "Staff Designer at Litware", company: "Litware", mutualConnections: 5, note: null });
  });
});

describe("more layouts", () => {
  it("LinkedIn's 'follows you and is inviting you to connect' names the person and leaves no note", () => {
    const p = parseRequest("Marcus Lee follows you and is inviting you to connect\nProduct Manager at Proseware\n3 mutual connections\nIgnore\nAccept");
    expect(p).toMatchObject({ name: "Marcus Lee", headline: "Product Manager at Proseware", note: null, mutualConnections: 3, platform: "linkedin" });
  });

  it("share-sheet and page-title lines name the person", () => {
    expect(parseRequest("Check out Marcus Lee’s profile on LinkedIn https://www.linkedin.com/in/marcuslee\nProduct Manager at Proseware")).toMatchObject({ name: "Marcus Lee", company: "Proseware", note: null });
    expect(parseRequest("Marcus Lee (@marcuslee) / X\nPM at Proseware. Opinions my own.\nFollows you")).toMatchObject({ name: "Marcus Lee", headline: "PM at Proseware. Opinions my own.", note: null, platform: "x" });
  });

  it("a card cut from a page takes the page's platform when it says nothing itself", async () => {
    const { platformOfPart } = await import("@/lib/triage/bulk");
    const page = "Friend requests\n3 requests\nMarcus Lee\n12 mutual friends\nConfirm Delete\nJörg van der Berg\nConfirm Delete";
    const parts = splitBulkRequests(page);
    expect(parts).toHaveLength(2);
    expect(parts[1]).toBe("Jörg van der Berg\nConfirm Delete");
    expect(platformOfPart(parts[1]!, page)).toBe("facebook");
  });

  it("a sentence with a weekday and a time is the person's, not a date line", () => {
    expect(parseRequest("Marcus Lee\nMonday at 10:00 works for me if you want to chat.").note).toBe("Monday at 10:00 works for me if you want to chat.");
    expect(parseRequest("Marcus Lee\nMon, Nov 23, 4:15 PM (2 days ago)\nto me\nHi Jenn, great to meet you!").note).toBe("Hi Jenn, great to meet you!");
  });
});

describe("notifications in every language", () => {
  it("every event phrase of every platform and language passes the cheap hint and is read as an event", () => {
    for (const s of [LINKEDIN, FACEBOOK, INSTAGRAM, X_SURFACE]) {
      for (const [lang, words] of Object.entries(s.words)) {
        for (const e of words?.events ?? []) {
          const line = `Ana Ruiz ${e}`;
          expect(EVENT_HINT_RE.test(line), `${s.surface} ${lang}: ${e}`).toBe(true);
          expect(EVENT_RE.exec(line)?.[1], `${s.surface} ${lang}: ${e}`).toBe("Ana Ruiz");
        }
      }
    }
  });
});
