// Requests pasted from an interface in a language the engine reads but never answers in
// (Italian, Dutch, Polish, Swedish, Turkish, Catalan): the platform's headings, buttons,
// badges, notifications and mutual lines are told apart from the person's words, and the
// person's language comes out as "und" (drafts stay in the five languages).
import { describe, expect, it } from "vitest";
import { detectLanguage, triage } from "@/lib/triage";

const lines = (...xs: string[]) => xs.join("\n");

describe("interfaces in it/nl/pl/sv/tr/ca", () => {
  it("reads an Italian LinkedIn invitation card: heading, degree, 'e altri 5 collegamenti in comune', buttons", () => {
    const r = triage({
      text: lines(
        "Inviti (2)",
        "Gestisci",
        "",
        "Chiara Ferrari",
        "· 2°",
        "Responsabile Marketing presso Lavazza",
        "Torino",
        "Paolo Bianchi e altri 5 collegamenti in comune",
        "",
        "Ciao Giulia, ci siamo incontrate al workshop di Torino sul marketing digitale. Mi farebbe piacere restare in contatto!",
        "",
        "Ignora",
        "Accetta",
      ),
    });
    expect(r.parsed).toMatchObject({
      platform: "linkedin",
      name: "Chiara Ferrari",
      headline: "Responsabile Marketing presso Lavazza",
      mutualConnections: 6,
      note: "Ciao Giulia, ci siamo incontrate al workshop di Torino sul marketing digitale. Mi farebbe piacere restare in contatto!",
    });
    expect(r.language).toBe("und");
  });

  it("reads a Dutch Facebook friend request: 'Vriendschapsverzoeken' is no name, 'Bevestigen / Verwijderen' no note", () => {
    const r = triage({
      text: lines(
        "Vriendschapsverzoeken",
        "Alles bekijken",
        "",
        "Lotte Jansen",
        "4 gemeenschappelijke vrienden",
        "Bevestigen",
        "Verwijderen",
        "",
        "Hoi! Wij zaten vorig jaar samen in de yogales in Haarlem, leuk om je hier weer te zien.",
      ),
    });
    expect(r.parsed).toMatchObject({
      platform: "facebook",
      name: "Lotte Jansen",
      headline: null,
      mutualConnections: 4,
      note: "Hoi! Wij zaten vorig jaar samen in de yogales in Haarlem, leuk om je hier weer te zien.",
    });
    expect(r.language).toBe("und");
  });

  it("reads a Polish X profile: 'Obserwuje Cię' and 'Obserwuj wzajemnie' are the interface's", () => {
    const r = triage({
      text: lines(
        "@kasia_projektuje",
        "Kasia Wójcik",
        "Projektantka UX · Gdańsk",
        "Obserwuje Cię",
        "Obserwuj wzajemnie",
        "",
        "Cześć! Widziałam Twój wątek o dostępności formularzy, bardzo mi pomógł. Chętnie pozostanę w kontakcie.",
      ),
    });
    expect(r.parsed).toMatchObject({
      platform: "x",
      name: "Kasia Wójcik",
      mutualConnections: null,
      note: "Cześć! Widziałam Twój wątek o dostępności formularzy, bardzo mi pomógł. Chętnie pozostanę w kontakcie.",
    });
    expect(r.language).toBe("und");
  });

  it("reads a Swedish LinkedIn invitation e-mail: headers, 'vill ha kontakt med dig', footer", () => {
    const r = triage({
      text: lines(
        "Från: LinkedIn <invitations@linkedin.com>",
        "Ämne: Johan Ekström vill ha kontakt med dig",
        "",
        "Johan Ekström",
        "Ekonomichef på Volvo Cars",
        "Göteborg",
        "7 gemensamma kontakter",
        "",
        "Hej Erik! Vi satt bredvid varandra på frukostseminariet i tisdags. Det vore trevligt att hålla kontakten.",
        "",
        "Acceptera",
        "Visa profil",
        "",
        "Du får e-postmeddelanden om inbjudningar. Avsluta prenumerationen",
      ),
    });
    expect(r.parsed).toMatchObject({
      platform: "linkedin",
      name: "Johan Ekström",
      headline: "Ekonomichef på Volvo Cars",
      mutualConnections: 7,
      note: "Hej Erik! Vi satt bredvid varandra på frukostseminariet i tisdags. Det vore trevligt att hålla kontakten.",
    });
    expect(r.language).toBe("und");
  });

  it("reads a Turkish Facebook request: 'Arkadaşlık İstekleri' (capital dotted İ) is no name, '3 ortak arkadaş' is the count", () => {
    const r = triage({
      text: lines(
        "Arkadaşlık İstekleri",
        "Tümünü gör",
        "",
        "Selin Aksoy",
        "3 ortak arkadaş",
        "Onayla",
        "Sil",
        "",
        "Merhaba! Geçen hafta Kadıköy'deki kitap kulübünde tanışmıştık, seni burada bulduğuma çok sevindim.",
      ),
    });
    expect(r.parsed).toMatchObject({
      platform: "facebook",
      name: "Selin Aksoy",
      mutualConnections: 3,
      note: "Merhaba! Geçen hafta Kadıköy'deki kitap kulübünde tanışmıştık, seni burada bulduğuma çok sevindim.",
    });
    expect(r.language).toBe("und");
  });

  it("reads a Catalan X profile: 'Et segueix' and 'Segueix tu també' are the interface's, the note is Catalan, not Spanish", () => {
    const r = triage({
      text: lines(
        "@marcvila",
        "Marc Vila",
        "Dissenyador gràfic a Girona",
        "Et segueix",
        "Segueix tu també",
        "",
        "Hola Núria! Vam coincidir a la xerrada sobre tipografia de dijous, m'agradaria seguir en contacte.",
      ),
    });
    expect(r.parsed).toMatchObject({
      platform: "x",
      name: "Marc Vila",
      headline: "Dissenyador gràfic a Girona",
      note: "Hola Núria! Vam coincidir a la xerrada sobre tipografia de dijous, m'agradaria seguir en contacte.",
    });
    expect(r.language).toBe("und");
  });

  it("reads a Turkish Instagram follow request with no note: event line, time and 've diğer 2 kişi takip ediyor' are the interface's", () => {
    const r = triage({
      text: lines("Takip istekleri", "mert.yildiz seni takip etmek istiyor. 2 sa", "Mert Yıldız", "zeynep.k ve diğer 2 kişi takip ediyor", "Onayla  Sil"),
    });
    expect(r.parsed).toMatchObject({ platform: "instagram", name: "Mert Yıldız", headline: null, mutualConnections: 3, note: null });
    // nothing the person wrote to tell a language by: the usual fallback, never a read-only language
    expect(["en", "es", "de", "fr", "pt"]).toContain(r.language);
  });

  it("detects the six read-only languages as 'und', and the five as before", () => {
    expect(detectLanguage("Hola Núria! Ens vam conèixer dimarts a l'estand de Barcelona Activa, m'agradaria mantenir el contacte.")).toBe("und");
    expect(detectLanguage("Hoi Thijs, lang geleden! We hebben samen aan de A12 gewerkt toen ik nog bij BAM zat. Leuk om weer in contact te komen.")).toBe("und");
    expect(detectLanguage("Ciao Giulia, ci siamo conosciuti al convegno di Milano, mi farebbe piacere restare in contatto!")).toBe("und");
    expect(detectLanguage("Hola Jenn, me encantaría hablar contigo sobre una oportunidad en Madrid.")).toBe("es");
    expect(detectLanguage("Hi Jenn, I enjoyed your talk at the marketing summit last week. Would love to connect!")).toBe("en");
  });
});
