import { describe, expect, it } from "vitest";
import { parseRequest, triage } from "@/lib/triage";
import {
  companyCore,
  describeMeeting,
  expandBlockedRole,
  hasPersonalNote,
  matchBlockedRole,
  matchCompetitor,
  matchKnownPerson,
} from "@/lib/triage/criteria";

const card = (headline: string, note = "") => parseRequest(`Alex Doe\n${headline}\n5 mutual connections${note ? `\n${note}` : ""}`, "linkedin");

describe("competitors", () => {
  it("reduces company names to their core", () => {
    expect(companyCore("Globex Corporation")).toBe("globex");
    expect(companyCore("The Initech Group, Inc.")).toBe("initech");
    expect(companyCore("ACME Corp.")).toBe("acme");
    expect(companyCore("Umbrella Health")).toBe("umbrella health");
    expect(companyCore("Société Générale S.A.")).toBe("societe generale");
  });

  it("matches suffixes, case and accents either way round", () => {
    expect(matchCompetitor(card("VP Marketing at Globex Corporation"), ["Globex"])?.evidence).toBe("Globex");
    expect(matchCompetitor(card("Software Engineer @ GLOBEX"), ["Globex Inc."])?.evidence).toBe("GLOBEX");
    expect(matchCompetitor(card("Solutions Architect | Initech Cloud Platform"), ["initech"])?.competitor).toBe("initech");
    expect(matchCompetitor(card("Analyste chez Société Générale"), ["Societe Generale"])?.evidence).toBe("Société Générale");
  });

  it("gives the evidence as the words of the request, even where the parser collapsed spaces", () => {
    const text = "Mei Chen\nData Lead at Umbrella   Health\n22 mutual connections";
    const r = triage({ text, profile: { competitors: ["umbrella health"] } });
    expect(r.signals.find((s) => s.key === "criteria.competitor")?.evidence).toBe("Umbrella   Health");
  });

  it("does not match inside other words, or a company the person has left", () => {
    expect(matchCompetitor(card("Engineer at Globexia"), ["Globex"])).toBeNull();
    expect(matchCompetitor(card("PM at Hooli | ex-Globex"), ["Globex"])).toBeNull();
    expect(matchCompetitor(card("PM at Hooli, formerly at Globex"), ["Globex"])).toBeNull();
  });

  it("reads the note only where it says they work there", () => {
    expect(matchCompetitor(card("Engineer", "Hi! I'm at Globex now, on the payments team."), ["Globex"])?.where).toBe("note");
    expect(matchCompetitor(card("Engineer", "I loved the Globex keynote you mentioned."), ["Globex"])).toBeNull();
  });
});

describe("blocked roles, by meaning", () => {
  it("expands plain words into role families", () => {
    expect(expandBlockedRole("recruiter").family).toBe("recruiter");
    expect(expandBlockedRole("Recruiters").family).toBe("recruiter");
    expect(expandBlockedRole("talent acquisition").family).toBe("recruiter");
    expect(expandBlockedRole("Sales people").family).toBe("sales");
    expect(expandBlockedRole("realtors").family).toBe("real estate");
    expect(expandBlockedRole("lawyers").terms).toEqual(["lawyers", "lawyer"]);
  });

  it.each([
    ["Talent Acquisition Partner | Building world-class teams at Northwind", "recruiter"],
    ["Technical Sourcer at Stripe", "recruiter"],
    ["Partner, Executive Search at Korn Partners", "recruiter"],
    ["Headhunter for fintech", "recruiter"],
    ["Senior Recruiter at Globex", "recruiter"],
    ["Account Executive at CloudCo | Helping marketing teams save 10 hours a week", "sales"],
    ["BDR at Outreachly", "sales"],
    ["Inside Sales Representative at ZoomInfo", "sales"],
    ["Business Development Representative at Contoso", "sales"],
    ["Realtor® | Helping families find their dream home in Austin", "real estate"],
  ])("%s is a %s", (headline, role) => {
    expect(matchBlockedRole(card(headline), [role])?.role).toBe(role);
  });

  it("does not see a role in look-alike words or in what someone helps with", () => {
    expect(matchBlockedRole(card("Salesforce Developer at Litware"), ["sales"])).toBeNull();
    expect(matchBlockedRole(card("Senior Accountant at Proseware"), ["sales"])).toBeNull();
    expect(matchBlockedRole(card("Data Engineer | Helping sales teams with clean data"), ["sales"])).toBeNull();
    expect(matchBlockedRole(card("Engineer | ex-recruiter"), ["recruiter"])).toBeNull();
  });

  it("takes a role from the note only when the person says it of themselves", () => {
    expect(matchBlockedRole(card("Helping people grow", "Hi! I'm a senior technical recruiter now."), ["recruiter"])?.where).toBe("note");
    expect(matchBlockedRole(card("Engineer", "Hi! A recruiter told me about your work."), ["recruiter"])).toBeNull();
    // nor when they say they are not one
    expect(matchBlockedRole(card("Data Engineer", "Hi! I'm not a recruiter, I promise: loved your talk."), ["recruiter"])).toBeNull();
    expect(matchBlockedRole(card("Engenheiro de Dados no Nubank", "Não sou recrutador, pode ficar tranquila 😄"), ["recruiter"], "pt")).toBeNull();
    expect(matchBlockedRole(card("Ingenieur", "Ich bin kein Headhunter, keine Sorge."), ["recruiter"], "de")).toBeNull();
    expect(matchBlockedRole(card("Helping people grow", "Sou recrutadora na Talentum."), ["recruiter"], "pt")?.where).toBe("note");
  });
});

describe("known people", () => {
  const parsed = (name: string) => parseRequest(`${name}\nEngineer\n3 mutual connections`, "linkedin");
  it("ignores case, accents and honorifics", () => {
    expect(matchKnownPerson(parsed("José Núñez"), ["Jose Nunez"])).toBe("Jose Nunez");
    expect(matchKnownPerson(parsed("dana whitfield"), ["Dana Whitfield"], "dana whitfield")).toBe("Dana Whitfield");
    expect(matchKnownPerson(parsed("Dr. Dana Whitfield"), ["Dana Whitfield"])).toBe("Dana Whitfield");
    expect(matchKnownPerson(parsed("ZOË ÅNGSTRÖM"), ["Zoe Angstrom"])).toBe("Zoe Angstrom");
  });
  it("does not match a namesake on one shared word", () => {
    expect(matchKnownPerson(parsed("Dana Smith"), ["Dana Whitfield"])).toBeNull();
    expect(matchKnownPerson(parsed("Dana Smith"), ["Dana"])).toBeNull();
  });
  it("matches a handle", () => {
    expect(matchKnownPerson(parseRequest("@mkoval · Maria Koval\nFollows you"), ["@mkoval"])).toBe("@mkoval");
  });
});

describe("where they met", () => {
  it.each([
    ["I really liked your comment on the post about email deliverability.", "online"],
    ["we chatted in the replies under your thread on pricing pages yesterday", "online"],
    ["We're both in the Sourdough Bakers group here, loved your focaccia photos.", "online"],
    ["saw you in the Women in Product Slack community, would love to connect.", "online"],
    ["We hang out in the same Discord server for indie devs.", "online"],
    ["Loved your webinar yesterday!", "online"],
    ["We met at the virtual summit last week.", "online"],
    ["I enjoyed your talk at the marketing summit last week.", "in_person"],
    ["we met briefly at the HIMSS booth.", "in_person"],
    ["Great seeing you at Sam's wedding.", "in_person"],
    ["we worked together on the Q3 launch with the agency.", "in_person"],
    ["It's Laura from your college roommate days!", "in_person"],
    ["I think we were in the same yoga class?", "in_person"],
    ["we met at the finance leadership breakfast in March", "in_person"],
    ["Loved your post, and great meeting you at the meetup after!", "in_person"],
  ])("%s → %s", (note, how) => {
    expect(describeMeeting(note)?.how).toBe(how);
  });

  it("finds no meeting in a proposal or a plain note", () => {
    expect(describeMeeting("Open to a quick chat?")).toBeNull();
    expect(describeMeeting("Would love to grab coffee sometime.")).toBeNull();
    expect(describeMeeting("Hi, I'd like to connect.")).toBeNull();
    expect(describeMeeting(null)).toBeNull();
  });

  it("gives evidence that is a substring of the note", () => {
    const note = "Hi Jenn, saw you in the Women in Product Slack community, would love to connect.";
    const m = describeMeeting(note);
    expect(m && note.includes(m.evidence)).toBe(true);
  });
});

describe("personal note", () => {
  it("does not count greetings and stock phrases", () => {
    expect(hasPersonalNote(null)).toBe(false);
    expect(hasPersonalNote("I'd like to add you to my professional network on LinkedIn.")).toBe(false);
    expect(hasPersonalNote("Hi Jenn, I'd love to add you to my network.")).toBe(false);
    expect(hasPersonalNote("Hello, let's connect! Best, Tom")).toBe(false);
  });
  it("counts a few real words about why", () => {
    expect(hasPersonalNote("Hey! I think we were in the same yoga class? Add me :)")).toBe(true);
    expect(hasPersonalNote("Hi, I read your piece on onboarding emails and would value your view.")).toBe(true);
  });
});
