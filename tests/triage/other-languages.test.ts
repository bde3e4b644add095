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

// What the engine reads in those languages (lib/triage/lang/read-only.ts): roles in headlines, how a
// note says the two met, and scam cues. Read only when none of the five languages is detected.
describe("roles, meetings and scams in it/nl/pl/sv/tr/ca", () => {
  const recruiters = { blockedRoles: ["recruiter"] };

  it.each([
    ["Italian", lines("Marco Ferri", "Selezionatore presso Adecco Italia", "3 collegamenti in comune", "", "Ciao Luca, ti scrivo per una posizione di Data Engineer a Bologna. Ti andrebbe di parlarne?", "", "Ignora", "Accetta"), "Selezionatore"],
    ["Dutch", lines("Jeroen de Vries", "Recruitmentconsultant bij Randstad", "2 gemeenschappelijke connecties", "Negeren", "Accepteren"), "Recruitmentconsultant"],
    ["Polish", lines("Anna Kowalczyk", "Rekruterka IT w Hays Poland", "2 wspólne kontakty", "Zignoruj", "Akceptuj"), "Rekruterka"],
    ["Swedish", lines("Elin Nyström", "Rekryterare på Academic Work", "5 gemensamma kontakter", "Ignorera", "Acceptera"), "Rekryterare"],
    // capitals: "İŞE ALIM" folds to "ise alim", not "ise alım"
    ["Turkish (capitals)", lines("Zeynep Arslan", "İŞE ALIM UZMANI - Garanti BBVA", "4 ortak bağlantı", "Yoksay", "Kabul et"), "İŞE ALIM UZMANI"],
    ["Turkish", lines("Burak Şahin", "Kıdemli İşe Alım Uzmanı | Trendyol", "4 ortak bağlantı", "Yoksay", "Kabul et"), "İşe Alım Uzmanı"],
    ["Catalan", lines("Jordi Vidal", "Tècnic de selecció a Adecco", "3 contactes en comú"), "Tècnic de selecció"],
  ])("a headline in %s naming a recruiter is declined for a blocked 'recruiter'", (_lang, text, evidence) => {
    const r = triage({ text, platform: "linkedin", profile: recruiters });
    expect(r.verdict).toBe("decline");
    expect(r.reasons).toContain("blocked_role");
    expect(r.signals.find((s) => s.key === "criteria.blocked_role")?.evidence).toContain(evidence);
  });

  it("reads a Polish name typed without 'ł' as the same role, and a blocked 'sales' finds 'Satış Müdürü'", () => {
    const lowca = triage({ text: lines("Piotr Nowak", "Lowca glow IT | Warszawa", "Zignoruj", "Akceptuj"), platform: "linkedin", profile: recruiters });
    expect(lowca.reasons).toContain("blocked_role");
    const satis = triage({ text: lines("Mehmet Demir", "Bölge Satış Müdürü - Arçelik", "6 ortak bağlantı", "Yoksay", "Kabul et"), platform: "linkedin", profile: { blockedRoles: ["sales"] } });
    expect(satis.reasons).toContain("blocked_role");
  });

  it.each([
    ["Italian", lines("Sara Galli", "UX Designer presso Satispay", "4 collegamenti in comune", "", "Ciao! Ho letto il tuo commento sotto il mio post sui form accessibili, ottimo spunto. Mi farebbe piacere collegarci.", "", "Ignora", "Accetta")],
    ["Dutch", lines("Lotte Bakker", "Frontend developer bij Bol", "3 gemeenschappelijke connecties", "", "Hoi! Ik reageerde gisteren onder je post over toegankelijkheid, leuk om te connecten.", "", "Negeren", "Accepteren")],
    // "na discordzie": Polish inflects the place, which the language-neutral "discord" does not see
    ["Polish", lines("Tomasz Zieliński", "Rust developer w Allegro", "1 wspólny kontakt", "", "Cześć, pisaliśmy wczoraj na discordzie Rust Polska o makrach, dzięki za pomoc!", "", "Zignoruj", "Akceptuj")],
    ["Swedish", lines("Karin Lund", "Bagare", "2 gemensamma vänner", "", "Hej! Vi är med i samma Facebook-grupp om surdegsbakning, lägger till dig!")],
    ["Turkish", lines("Ayşe Yıldırım", "Veri Analisti @ Getir", "3 ortak bağlantı", "", "Merhaba, LinkedIn paylaşımınızın altındaki yorumlarda konuşmuştuk, bağlantıda kalalım.", "", "Yoksay", "Kabul et")],
    ["Catalan", lines("Laia Serra", "Dissenyadora a Glovo", "2 contactes en comú", "", "Hola! Som totes dues al grup de Facebook de ceramistes de Girona, t'afegeixo!")],
  ])("a note in %s saying they met online (comments, a group, a chat) is observed", (_lang, text) => {
    const r = triage({ text });
    expect(r.language).toBe("und");
    expect(r.verdict).toBe("observe");
    expect(r.signals.map((s) => s.key)).toContain("criteria.met_online");
  });

  it.each([
    ["Italian", "Ciao Giulia, ci siamo conosciuti al convegno di Milano la settimana scorsa, mi farebbe piacere restare in contatto!"],
    ["Dutch", "Hoi Sanne, we hebben elkaar vorige week ontmoet bij de training in Utrecht. Leuk om in contact te blijven!"],
    ["Polish", "Dzień dobry, poznaliśmy się na konferencji w Gdańsku, miło byłoby pozostać w kontakcie."],
    ["Swedish", "Hej Erik! Vi träffades på mässan i Göteborg förra veckan, kul att ses igen."],
  ])("a note in %s saying they met in person is accepted, and not read as online", (_lang, note) => {
    const r = triage({ text: lines("Chiara Rossi", "Product Manager", "", note) });
    expect(r.language).toBe("und");
    expect(r.verdict).toBe("accept");
    expect(r.signals.map((s) => s.key)).toContain("criteria.met_in_person");
  });

  it.each([
    [
      "Italian romance, off to WhatsApp",
      lines("Roberto Galli", "Ingegnere offshore | Vedovo", "0 collegamenti in comune", "", "Ciao bellissima, ho visto il tuo profilo e mi sei piaciuta molto. Sono vedovo e mi sento tanto solo. Scrivimi su WhatsApp così parliamo meglio 🌹"),
    ],
    [
      "Dutch voucher",
      lines("Albert Heijn Acties", "0 gemeenschappelijke vrienden", "Bevestigen", "Verwijderen", "", "Gefeliciteerd! Je bent geselecteerd als winnaar van een waardebon t.w.v. €500. Claim nu je prijs via ah-bonus.shop"),
    ],
    [
      "Polish romance persona",
      lines("James Miller", "0 wspólnych znajomych", "", "Witaj piękna, jestem wdowcem i pracuję na platformie wiertniczej. Czuję się bardzo samotny. Napisz do mnie na WhatsApp +48 732 904 118"),
    ],
    ["Swedish brand ambassador", lines("glow.sweden", "", "Hej! Vill du bli varumärkesambassadör för oss? Klicka på länken i vår bio och hämta ut ditt presentkort 💕")],
    [
      "Turkish gift voucher",
      lines("Migros Çekiliş", "0 ortak arkadaş", "", "Tebrikler! Çekilişimizde 1.000 TL değerinde hediye çeki kazandınız. Hemen linke tıklayın: migros-hediye.site"),
    ],
    ["Catalan gift card", lines("Sorteig Bon Preu", "0 amics en comú", "", "Enhorabona!! Has estat seleccionada per rebre una targeta regal de 200€. Fes clic aquí i comparteix-ho amb 5 amics!")],
  ])("ignores a scam: %s", (_lang, text) => {
    const r = triage({ text });
    expect(r.verdict).toBe("ignore");
    expect(r.signals.some((s) => s.key.startsWith("spam."))).toBe(true);
  });

  it("reads these cues only where none of the five languages is detected: a Spanish or English request is read as before", async () => {
    const { describeMeeting } = await import("@/lib/triage/criteria");
    const swedishGroup = "Hej! Vi är med i samma Facebook-grupp om surdegsbakning";
    expect(describeMeeting(swedishGroup, "und")?.how).toBe("online");
    expect(describeMeeting(swedishGroup, "es")).toBeNull();
    expect(describeMeeting(swedishGroup, "en")).toBeNull();
  });
});
