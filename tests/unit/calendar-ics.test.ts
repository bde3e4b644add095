// The calendar events' wording and file names, read back with ical.js (not the writer).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { revisitFeed, revisitFile, revisitFileName, revisitSummary } from "@/lib/calendar/ics";

const held = {
  id: "cdecision1",
  platform: "x",
  parsedName: null,
  revisitAt: new Date("2027-01-31T00:00:00.000Z"),
  createdAt: new Date("2027-01-01T10:00:00.000Z"),
  updatedAt: new Date("2027-01-02T10:00:00.000Z"),
};

describe("revisit events", () => {
  it("name the person and platform, or say a held request", () => {
    expect(revisitSummary({ parsedName: "  ", platform: "x" })).toBe("Revisit a held request (X)");
    expect(revisitSummary({ parsedName: "Ana", platform: "unknown" })).toBe("Revisit Ana (Other)");
  });

  it("make ASCII file names", () => {
    expect(revisitFileName({ parsedName: "Zoë Ängström-Ñ" })).toBe("revisit-zoe-angstrom-n.ics");
    expect(revisitFileName({ parsedName: "李雷" })).toBe("revisit.ics");
    expect(revisitFileName({ parsedName: null })).toBe("revisit.ics");
    expect(revisitFileName({ parsedName: `"; evil=1` })).toBe("revisit-evil-1.ics");
  });

  it("are all-day, transparent, with a 9:00 alert, in a feed that asks to be re-read hourly", () => {
    const feed = new ICAL.Component(ICAL.parse(revisitFeed([held], "https://grace.example")));
    expect(feed.getFirstPropertyValue("refresh-interval")?.toString()).toBe("PT1H");
    const [event] = feed.getAllSubcomponents("vevent");
    expect(event!.getFirstPropertyValue("dtstart")?.toString()).toBe("2027-01-31");
    expect(event!.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
    expect(event!.getFirstPropertyValue("dtstamp")?.toString()).toBe("2027-01-02T10:00:00Z");
    const alarm = event!.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(alarm.getFirstPropertyValue("trigger")?.toString()).toBe("PT9H");
  });

  it("writes a single file with METHOD:PUBLISH for calendar apps that import it", () => {
    const file = new ICAL.Component(ICAL.parse(revisitFile(held, "https://grace.example")));
    expect(file.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(file.getAllSubcomponents("vevent")).toHaveLength(1);
  });
});
