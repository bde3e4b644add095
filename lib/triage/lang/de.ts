// German: roles (with the feminine -in and gender-star spellings), cues and drafts.
// "Sie" on LinkedIn and in the formal tone, "du" in the warm and brief tones on Facebook,
// Instagram and X; the body of a letter starts in lower case after "Hallo Anna,"; no comma
// after "Viele Grüße".
import type { Platform } from "../schema";
import { addressIn, usesFamiliar as usesDu } from "./address";
import type { DraftVoice, LanguagePack } from "./types";

/** "Personalberater" → the masculine, the feminine and the plural forms ("Personalberater/in" and "Recruiter:in" match the first). */
const mf = (...bases: string[]) => bases.flatMap((b) => [b, `${b}in`, `${b}innen`]);

const REQUEST_NOUNS: Record<Platform, string> = {
  linkedin: "Einladung",
  facebook: "Freundschaftsanfrage",
  instagram: "Follower-Anfrage",
  x: "Nachricht",
  other: "Kontaktanfrage",
};

const COMPETITOR = [
  "Die Richtlinien meines Arbeitgebers erlauben mir nicht, mich mit Mitarbeitenden von Wettbewerbern zu vernetzen.",
  "Mein Arbeitgeber hat die klare Regel, dass ich mich nicht mit Beschäftigten der Konkurrenz vernetze, und daran halte ich mich.",
];
const NOT_KNOWN = ["Ich vernetze mich nur mit Menschen, die ich persönlich kenne.", "Auf {platform} vernetze ich mich nur mit Menschen, die ich aus dem echten Leben kenne."];
const NO_NOTE = [
  "Ich nehme nur Anfragen an, die eine kurze persönliche Nachricht dazu enthalten, warum wir uns vernetzen sollten.",
  "Ich nehme nur Anfragen mit ein paar persönlichen Worten dazu an, warum wir uns vernetzen sollten.",
];
const SHORT = {
  competitor: "Wegen einer Firmenrichtlinie vernetze ich mich nicht mit Wettbewerbern.",
  blocked_role: "Mit {roles} vernetze ich mich hier grundsätzlich nicht.",
  not_known_in_real_life: "Ich vernetze mich nur mit Menschen, die ich persönlich kenne.",
  no_personal_note: "Ich nehme nur Anfragen mit persönlicher Nachricht an.",
};

const WARM_DU: DraftVoice = {
  thanks: [
    "Vielen Dank für deine {request} – schön, dass du an mich gedacht hast.",
    "Danke für deine {request}; ich freue mich, dass du dich meldest.",
    "Danke, dass du dich meldest, und für deine freundliche {request}.",
  ],
  reasons: {
    competitor: COMPETITOR,
    blocked_role: [
      "Ich habe für mich die Regel, mich auf {platform} nicht mit {roles} zu vernetzen, und halte sie bei allen ein.",
      "Auf {platform} vernetze ich mich nur mit Menschen, mit denen ich direkt zusammenarbeite, und deshalb grundsätzlich nicht mit {roles}.",
      "Ich vernetze mich auf {platform} grundsätzlich nicht mit {roles}; das hat nichts mit dir persönlich zu tun.",
    ],
    not_known_in_real_life: NOT_KNOWN,
    no_personal_note: NO_NOTE,
  },
  shortReasons: SHORT,
  offers: {
    blocked_role: ["Du kannst aber gern meinen öffentlichen Beiträgen folgen, falls sie dich interessieren."],
    not_known_in_real_life: ["Du kannst aber gern meinen öffentlichen Beiträgen folgen."],
    no_personal_note: ["Wenn du mir kurz schreibst, worum es dir geht, lese ich das gern."],
  },
  closings: ["Alles Gute für dich!", "Ich wünsche dir weiterhin viel Erfolg."],
  signOffs: ["Viele Grüße", "Liebe Grüße", "Beste Grüße"],
  rolesFallback: "Menschen aus deiner Branche",
  companyFallback: "deinem Unternehmen",
};

const WARM_SIE: DraftVoice = {
  thanks: [
    "Vielen Dank für Ihre {request} – schön, dass Sie an mich gedacht haben.",
    "Danke für Ihre {request}; ich freue mich, dass Sie sich melden.",
    "Vielen Dank, dass Sie sich melden, und für Ihre freundliche {request}.",
  ],
  reasons: {
    competitor: COMPETITOR,
    blocked_role: [
      "Ich habe für mich die Regel, mich auf {platform} nicht mit {roles} zu vernetzen, und halte sie bei allen ein.",
      "Auf {platform} vernetze ich mich nur mit Menschen, mit denen ich direkt zusammenarbeite, und deshalb grundsätzlich nicht mit {roles}.",
      "Ich vernetze mich auf {platform} grundsätzlich nicht mit {roles}; das hat nichts mit Ihnen persönlich zu tun.",
    ],
    not_known_in_real_life: NOT_KNOWN,
    no_personal_note: NO_NOTE,
  },
  shortReasons: SHORT,
  offers: {
    blocked_role: ["Gern können Sie aber meinen öffentlichen Beiträgen folgen, falls sie für Sie interessant sind."],
    not_known_in_real_life: ["Gern können Sie aber meinen öffentlichen Beiträgen folgen."],
    no_personal_note: ["Wenn Sie mir kurz schreiben, worum es Ihnen geht, lese ich das gern."],
  },
  closings: ["Alles Gute für Sie!", "Ich wünsche Ihnen weiterhin viel Erfolg."],
  signOffs: ["Viele Grüße", "Beste Grüße", "Freundliche Grüße"],
  rolesFallback: "Menschen aus Ihrer Branche",
  companyFallback: "Ihrem Unternehmen",
};

const FORMAL: DraftVoice = {
  thanks: ["Vielen Dank für Ihre {request}.", "Herzlichen Dank für Ihre {request} und Ihr Interesse.", "Ich danke Ihnen für Ihre {request}."],
  reasons: {
    competitor: [COMPETITOR[0]!, "Gemäß den Richtlinien meines Arbeitgebers vernetze ich mich nicht mit Beschäftigten von Wettbewerbsunternehmen."],
    blocked_role: [
      "Grundsätzlich vernetze ich mich auf {platform} nicht mit {roles}; diese Regel gilt für alle gleichermaßen.",
      "Auf {platform} beschränke ich mein Netzwerk auf direkte Arbeitsbeziehungen und vernetze mich daher nicht mit {roles}.",
    ],
    not_known_in_real_life: [NOT_KNOWN[0]!, "Meine Kontakte auf {platform} beschränke ich auf Menschen, die ich persönlich kenne."],
    no_personal_note: [NO_NOTE[0]!, "Ich nehme ausschließlich Anfragen an, denen eine kurze Nachricht zum Anlass der Vernetzung beiliegt."],
  },
  shortReasons: { ...SHORT, competitor: "Die Richtlinien meines Arbeitgebers erlauben keine Kontakte zu Wettbewerbern." },
  offers: {
    blocked_role: ["Gern können Sie meinen öffentlichen Beiträgen folgen."],
    not_known_in_real_life: ["Gern können Sie meinen öffentlichen Beiträgen folgen."],
    no_personal_note: ["Wenn Sie mir kurz schreiben, worum es Ihnen geht, lese ich Ihre Nachricht gern."],
  },
  closings: ["Ich wünsche Ihnen weiterhin viel Erfolg.", "Für Ihre weitere Arbeit wünsche ich Ihnen alles Gute."],
  signOffs: ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße"],
  rolesFallback: "Menschen aus Ihrer Branche",
  companyFallback: "Ihrem Unternehmen",
};

const briefReasons = {
  competitor: ["Die Richtlinien meines Arbeitgebers erlauben keine Kontakte zu Wettbewerbern.", "Wegen einer Firmenrichtlinie vernetze ich mich nicht mit Wettbewerbern."],
  blocked_role: ["Mit {roles} vernetze ich mich auf {platform} grundsätzlich nicht.", "Ich vernetze mich hier grundsätzlich nicht mit {roles}."],
  not_known_in_real_life: ["Ich vernetze mich nur mit Menschen, die ich persönlich kenne.", "Auf {platform} vernetze ich mich nur mit Leuten, die ich persönlich kenne."],
  no_personal_note: ["Ich nehme nur Anfragen mit persönlicher Nachricht an.", "Ich nehme nur Anfragen mit einer kurzen persönlichen Nachricht an."],
};

const BRIEF_DU: DraftVoice = {
  thanks: ["Danke für deine {request}.", "Danke, dass du dich meldest.", "Danke für die {request}."],
  reasons: briefReasons,
  shortReasons: SHORT,
  offers: {
    blocked_role: ["Folge gern meinen Beiträgen."],
    not_known_in_real_life: ["Folge gern meinen öffentlichen Beiträgen."],
    no_personal_note: ["Schreib mir gern kurz, worum es dir geht."],
  },
  closings: [""],
  signOffs: ["Viele Grüße", "Grüße"],
  rolesFallback: "Menschen aus deiner Branche",
  companyFallback: "deinem Unternehmen",
};

const BRIEF_SIE: DraftVoice = {
  ...BRIEF_DU,
  thanks: ["Danke für Ihre {request}.", "Danke, dass Sie sich melden.", "Vielen Dank für die {request}."],
  offers: {
    blocked_role: ["Folgen Sie gern meinen Beiträgen."],
    not_known_in_real_life: ["Folgen Sie gern meinen öffentlichen Beiträgen."],
    no_personal_note: ["Schreiben Sie mir gern kurz, worum es Ihnen geht."],
  },
  signOffs: ["Viele Grüße", "Beste Grüße"],
  rolesFallback: "Menschen aus Ihrer Branche",
  companyFallback: "Ihrem Unternehmen",
};

/** "Sie" mid-sentence, "Ihnen", "Ihr(e)": the polite address ("Sie" opening a sentence may be "she"); "du", "dich", "dir", "dein": the familiar one. */
const SIE_RE = /(?<![\p{L}])(?:Ihnen|Ihre[mnrs]?)(?![\p{L}])|(?<=[\p{Ll},]\s)(?:Sie|Ihr)(?![\p{L}])/u;
const DU_RE = /(?<![\p{L}])(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e[mnrs]?)?)(?![\p{L}])/u;
const PLATFORM_NAMES: Record<Platform, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X", instagram: "Instagram", other: "dieser Plattform" };

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const de: LanguagePack = {
  code: "de",
  name: "German",
  nativeName: "Deutsch",
  roles: {
    recruiter: [
      ...mf("recruiter", "personalberater", "personalvermittler", "personalreferent", "headhunter", "talent scout", "personaldienstleister"),
      "recruiting", "rekrutierung", "personalberatung", "personalvermittlung", "personalgewinnung", "personalbeschaffung", "talent acquisition",
      "active sourcing", "executive search", "direktansprache", "arbeitnehmerüberlassung", "zeitarbeit",
    ],
    sales: [
      "vertrieb", "vertriebs", "verkauf", "sales",
      ...mf("vertriebler", "vertriebsmitarbeiter", "vertriebsleiter", "vertriebsbeauftragte", "verkäufer", "verkaufsleiter", "außendienstmitarbeiter", "aussendienstmitarbeiter",
        "innendienstmitarbeiter", "kundenberater", "gebietsverkaufsleiter", "vertriebsingenieur", "vertriebsberater", "vertriebsmanager", "verkaufsberater", "vertriebsprofi", "account manager", "key account manager", "handelsvertreter",
        "pharmavertreter", "pharmareferent", "pharmaberater", "ärztebesucher"),
      "vertriebsmitarbeitende", "vertriebsbeauftragter", "außendienst", "aussendienst", "innendienst vertrieb", "neukundengewinnung",
      "geschäftsentwicklung", "business development",
    ],
    "real estate": [
      ...mf("immobilienmakler", "makler", "immobilienberater", "immobilienvermittler", "immobilienkaufmann", "immobilienexperte"),
      "immobilienkauffrau", "immobilien", "immobilienvermarktung", "maklerbüro",
    ],
    insurance: [
      ...mf("versicherungsmakler", "versicherungsvertreter", "versicherungsberater", "versicherungsfachmann", "versicherungsvermittler"),
      "versicherungsfachfrau", "versicherung", "versicherungen", "versicherungskaufmann", "versicherungskauffrau",
    ],
    "financial advisor": [
      ...mf("finanzberater", "vermögensberater", "anlageberater", "finanzplaner", "vermögensverwalter", "finanzcoach", "finanzdienstleister", "honorarberater"),
      "finanzberatung", "vermögensberatung", "vermögensverwaltung", "anlageberatung", "finanzplanung",
    ],
    "network marketing": ["network marketing", "network-marketing", "empfehlungsmarketing", "direktvertrieb", ...mf("vertriebspartner", "teampartner"), "mlm"],
    marketing: ["marketing", ...mf("marketingmanager", "online-marketing-manager", "marketingleiter", "marketingexperte"), "onlinemarketing", "online-marketing"],
    crypto: ["krypto", "kryptowährungen", "kryptowährung", "blockchain", ...mf("krypto-trader", "krypto-experte")],
    coach: ["coach", "coaching", "coachin", "mentaltrainer", "mentaltrainerin", "lebensberater", "lebensberaterin"],
    investor: [...mf("investor", "business angel", "risikokapitalgeber"), "risikokapital", "wagniskapital", "venture capital"],
    journalist: [...mf("journalist", "redakteur", "reporter", "korrespondent", "autor"), "journalismus"],
    founder: [...mf("gründer", "mitgründer", "unternehmer", "geschäftsführer"), "gruender", "ceo", "inhaber", "inhaberin"],
    consultant: [...mf("berater", "unternehmensberater", "consultant"), "beratung", "unternehmensberatung"],
    freelancer: [...mf("freiberufler", "selbstständige", "freelancer"), "freiberuflich", "selbstständig", "selbständig", "freelance"],
    influencer: [...mf("influencer", "content creator", "blogger"), "creator"],
    hr: ["personalwesen", "personalabteilung", "hr", "human resources", "personalmanagement", ...mf("personalleiter", "personalreferent", "hr manager", "hr business partner")],
    "public relations": ["pr-berater", "pr-beraterin", "pr-manager", "pr-managerin", "pr-agentur", "öffentlichkeitsarbeit", "pressesprecher", "pressesprecherin", "pressereferent", "pressereferentin", "kommunikationsberater", "kommunikationsberaterin"],
  },
  selfDescription: String.raw`(?:\b(?:ich bin|ich arbeite als|ich arbeite im|ich arbeite in der|bin|arbeite als|als|wir sind)\s+(?:(?:ein|eine|der|die|jetzt|auch|aktuell|seit [\p{L}\d]+)\s+)*(?:[\p{L}-]+\s+){0,3})$`,
  salesPitch: String.raw`\bwir helfen (?:unternehmen|teams|marken|firmen|onlineshops|mittelstandlern)\b|\b(?:kurze|\d+-?minutige|kostenlose) demo\b|\b(?:unternehmen|firmen|teams|marken) wie (?:ihres|ihrem|ihr|deins|deinem|dein)\b|\b(?:ihnen|dir|euch) (?:gerne |kurz )?(?:unsere|unser|meine) (?:losung|plattform|software|dienstleistung|dienstleistungen|angebot|produkt|tool|agentur) (?:vorstellen|zeigen|prasentieren)\b|\b(?:unsere|meine) (?:losung|plattform|software|agentur) (?:hilft|ermoglicht|unterstutzt)\b|\b(?:kostenlose[ns]?|unverbindliche[ns]?) (?:demo|erstgesprach|beratungsgesprach|analyse|audit)\b|\bqualifizierte (?:leads|termine)\b`,
  sentenceWords: String.raw`[Ii]ch|[Mm]ich|[Mm]ir|[Ww]ir|uns|[Dd]u|[Dd]ich|[Dd]ir|[Ee]uch|[Mm]oin|[Ss]ervus|[Dd]anke|[Gg]uten (?:Tag|Morgen|Abend)|[Ll]iebe Grüße|[Vv]iele Grüße`,
  employment: {
    current: String.raw`\bich bin\s+(?:[\p{L}-]+\s+){1,4}bei\s+(?:der\s+|dem\s+)?$|\b(?:arbeite|bin)\s+(?:jetzt\s+|inzwischen\s+|seit [\p{L}\d]+\s+)?(?:bei|fur)\s+(?:der\s+|dem\s+)?$|\b(?:jetzt|inzwischen|seit kurzem|neu)\s+bei\s+(?:der\s+|dem\s+)?$|\bbin (?:seit kurzem|neu|frisch) (?:bei|im team (?:von|bei))\s+(?:der\s+|dem\s+)?$`,
    past: String.raw`\b(?:ehemals|fruher|vorher|zuvor)\s+(?:bei\s+)?$|\bwar (?:fruher |vorher )?bei\s+$`,
  },
  meeting: {
    online: [
      String.raw`\b(?:deinem|ihrem|im|dem|einem)\s+(?:x-|twitter-)?space\b|\b(?:in|bei|wahrend)\s+(?:deinem|ihrem)\s+(?:live|livestream|stream)\b|\b(?:zocken|gezockt|zocke|kommentar|kommentare|kommentaren|kommentiert|kommentiert hast|thread|\p{L}*forum|webinar|online|virtuell|zoom|teams-call|livestream|chat|gechattet|hier auf (?:linkedin|facebook|instagram|x|twitter))\b`,
      String.raw`\b(?:ihr|ihren|ihrem|ihre|dein|deinen|deinem|deine|den|dem|der|die|das|einen|einem|einer|unsere[mnr]?)\s+(?:[\p{L}-]+\s+){0,2}?(?:beitrag|beitrags|post|posts|artikel|blog|video|reel|story|tweet|newsletter|podcast|gruppe|community|kanal)\b`,
      String.raw`\b(?:gruppe|community)\b`,
    ],
    inPerson: [
      // "beim BVMed-Forum in Berlin kennengelernt": met at a place, unless the place was online
      String.raw`\b(?:beim|bei der|auf dem|auf der|im|in der)\s+(?!(?:online|virtuell|zoom|webinar|livestream|chat|kommentar|thread|gruppe|discord|slack)\w*)(?:[\p{L}-]+\s+){1,4}?(?:kennengelernt|getroffen|unterhalten|kennen gelernt)\b`,
      String.raw`\b(?:workshop|sa(?:ß|ss)en\b[^.!?\n]{0,60}\b(?:an einem tisch|nebeneinander)|nebeneinander gesessen|am (?:selben|gleichen) tisch|chorprobe|bandprobe|orchesterprobe|chor|orchester|elternabend|elterngesprach|konferenz|kongress|tagung|messe|messestand|summit|meetup|stand|hochzeit|beerdigung|schule|gymnasium|uni|universitat|hochschule|studium|campus|kommilitone|kommilitonin|kollegen?|kollegin(?:nen)?|ex-kollegen?|hackathon|fitnessstudio|kirche|nachbar(?:in|n)?|verein|personlich|im echten leben|cousin|cousine|kindheit|afterwork)\b`,
      String.raw`\b(?:zusammen|gemeinsam)\s+(?:gearbeitet|studiert|gespielt|trainiert)\b`,
      String.raw`\b(?:schon|toll|nett|freut mich|gefreut),?\s+(?:sie|dich|euch)\s+(?:[\p{L}]+\s+){0,4}?(?:kennengelernt|kennenzulernen|getroffen|gesehen|zu sehen|zu treffen)\b`,
      String.raw`\b(?:haben uns|hatten uns|habe sie|habe dich)\s+(?:[\p{L}]+\s+){0,3}?(?:auf|bei|in|wahrend|nach)\s+(?:der|dem|den|einem|einer)\s+(?!(?:[\p{L}-]+\s+)?(?:webinar|zoom|thread|post|gruppe|chat|kommentare?|online))[\p{L}-]+\s+(?:[\p{L}-]+\s+){0,2}?(?:kennengelernt|getroffen|gesehen|gesprochen|unterhalten)\b`,
      String.raw`\b(?:auf|bei|nach)\s+(?:der|dem|einem|einer|ihrem|deinem|unserem)\s+(?:[\p{L}'-]+\s+){0,3}?(?:fruhstuck|mittagessen|abendessen|event|veranstaltung|workshop|seminar|vortrag|vortrags|party|feier|festival|konzert|gala|schulung|weiterbildung|messe|konferenz)\b`,
      String.raw`\b(?:gleichen|selben|gleiche|selbe|ihrem|deinem|unserem)\s+(?:[\p{L}-]+\s+)?(?:team|buro|verein|kurs|jahrgang|programm|gebaude|stockwerk|klasse)\b`,
    ],
    onlineEvent: [String.raw`\b(?:online|virtuelle[nmrs]?|digitale[nmrs]?|zoom)[-\s](?:konferenz|kongress|tagung|messe|meetup|event|veranstaltung|workshop|seminar|kurs|klasse|schulung)\b`],
  },
  stockPhrases: [
    /^(?:hallo|hi|hey|moin|servus|gru(?:ss|ß) gott|guten (?:tag|morgen|abend)|sehr geehrte[rs]?|liebe[rs]?)\b[^,!.\n]{0,40}[,!.]?/,
    /(?:ich )?wurde mich (?:sehr )?freuen,? wenn wir uns (?:vernetzen|verbinden|connecten)(?: wurden| konnten)?/g,
    /(?:gerne|gern) (?:wurde|mochte) ich mich (?:mit (?:ihnen|dir) )?(?:vernetzen|verbinden)/g,
    /(?:ich )?(?:mochte|will) mein (?:berufliches )?netzwerk (?:erweitern|ausbauen|vergro(?:ss|ß)ern)/g,
    /ich mochte (?:sie|dich) (?:gerne |gern )?(?:zu|in) meine[mn]? (?:beruflichen |beruflich(?:es)? )?netzwerk(?: auf linkedin)? (?:hinzufugen|aufnehmen)/g,
    /(?:ich )?(?:wurde mich|freue mich|wurde|mochte)(?: sehr)? (?:freuen,? )?(?:mich )?(?:gerne |gern )?(?:mit (?:ihnen|dir|euch) )?(?:zu )?(?:vernetzen|verbinden|connecten)/g,
    /(?:wie geht(?:'s| es)?(?: (?:ihnen|dir))?)\??/g,
    /(?:lass(?:t)? uns|lassen sie uns) (?:vernetzen|connecten|in kontakt bleiben)/g,
    /(?:bitte )?(?:nehmen sie|nimm) (?:meine )?(?:anfrage|einladung) an/g,
    /(?:ich hoffe,? (?:es geht (?:ihnen|dir) gut|alles ist gut))/g,
    /(?:freue mich auf (?:den |ihren |deinen )?(?:austausch|kontakt|die vernetzung))/g,
    /(?:(?:viele|beste|liebe|mit freundlichen|freundliche|herzliche) gru(?:ss|ß)en?|gru(?:ss|ß)e|lg|vg|mfg|danke|vielen dank)[,!.]?(?:\s+[\p{L}'-]+)?\s*$/u,
  ],
  scam: {
    "spam.adult": String.raw`\b(?:kamera|webcam)\b[^.!?\n]{0,60}\bgefilmt\b|\bin bitcoin (?:zahlen|bezahlen|uberweisen)\b|\bschicke ich das video\b|\b(?:sonst|andernfalls)\s+(?:schicke|sende|poste|veroffentliche|teile)\s+ich\b[^.!?\n]{0,60}\b(?:familie|kontakte|freunde|kollegen|follower)\b|\bvideoanruf\b[^.!?\n]{0,40}\baufgenommen\b|\b(?:meine )?(?:privaten|intimen|heissen) (?:fotos|bilder)\b[^.!?\n]{0,60}\b(?:link|bio|gratis|kostenlos)\b|\b(?:heisse[rn]?|hei.e[rn]?|freche[rn]?|sexy) (?:video-?anruf|videocall|videochat)\b|\b(?:add|adde|addiere) mich (?:auf|bei) snap(?:chat)?\b|\b(?:bilder|fotos) die ich hier nicht (?:posten|zeigen|hochladen) kann\b|\bbesuch mich (?:privat|im privaten)\b|\bmeine privaten (?:bilder|fotos)\b`,
    "spam.off_platform": String.raw`\b(?:schreib|schreiben sie|kontaktier|kontaktieren sie|melde dich|melden sie sich|adde|addiere)\s+(?:mir|mich|uns)?\s*(?:(?:gerne|gern|direkt|einfach|bitte|privat|kurz)\s+){0,3}(?:auf|uber|per|bei|via)\s+(?:whats\s?app|telegram|signal|wechat)\b|\bmeine (?:whats\s?app|telegram)[-\s]?(?:nummer)?\b|\b(?:lass uns|lassen sie uns|konnen wir)\s+(?:auf|uber|per|bei|via)\s+(?:whats\s?app|telegram|signal)\s+(?:weiter)?(?:schreiben|reden|chatten|sprechen)\b|\b(?:schreib|schreibe|schreiben sie|melde dich|melden sie sich)\s+(?:mir|mich|uns)?\s*bitte\s+(?:auf|uber|per|bei|via)\s+(?:whats\s?app|telegram|signal)\b|\b(?:gib|geben sie) mir (?:deine|ihre) (?:whats\s?app|telegram|handy)[-\s]?nummer\b|\b(?:schreib|schreibe|schreiben sie|kontaktier(?:e|en sie)?|melde dich|melden sie sich)\s+(?:mir\s+|bei mir\s+)?(?:an|auf|uber|per|unter)\s+(?:meine\s+)?(?:private|personliche)\s+(?:e-?mail|mail|mailadresse|adresse|nummer)\b|\bmeine (?:private|personliche) (?:e-?mail|mailadresse|e-?mail-adresse)\b`,
    "spam.money_pitch": String.raw`\b\d{1,3}(?:[.,]\d+)?\s?% (?:pro woche|pro monat|pro tag|wochentlich|monatlich|taglich)\b|\bmindestinvestition (?:von|ab)\b|\b\d{1,3}(?:[.,]\d+)?\s?% (?:rendite|gewinn|monatsrendite)\b|\b(?:verdiene|verdienen|verdient|verdiente)\s+(?:bis zu\s+|uber\s+)?(?:[$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|euro|dollar))\s*(?:pro|am|im|in der|jede[nr]?)?\s*(?:tag|woche|monat|stunde)?|\bpassives einkommen\b|\bfinanzielle freiheit\b|\bgarantierte (?:rendite|gewinne|einnahmen)\b|\bohne risiko\b|\brisikofrei\b|\bverdopple dein (?:geld|kapital)\b|\binvestitionsmoglichkeit\b|\banlageplattform\b|\bschnelles geld\b|\bvon zu hause aus geld verdienen\b|\b(?:verdiene|verdienst|verdient)\s+(?:ich\s+)?(?:nebenbei\s+)?\d[\d.,]*\s?(?:€|euro)\s+(?:im|pro|am)\s+(?:monat|woche|tag)|\bmein(?:e)? (?:onkel|tante|cousin|cousine|vater|mentor)\b[^.!?\n]{0,80}\bhat mir\b[^.!?\n]{0,60}\b(?:trick|strategie|trading|gold\w*|krypto|forex)|\b(?:kredit|darlehen) ohne schufa\b|\baus\s+(?:€\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|euros?))\s*(?:mach(?:e|en|t)?|werden)\s*(?:ich|wir|du|sie)?\s*(?:€\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|euros?))\s*in\s*\d+\s*(?:tagen|wochen|monaten)\b|(?:€\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|euros?))\s*(?:in|zu)\s*(?:€\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|euros?))\s*in\s*\d+\s*(?:tagen|wochen|monaten)\b|(?:€|euro)\s?/\s?(?:monat|woche|tag)\s+passiv\b|\b\d{2,5}\s?% (?:gewinn|rendite|profit)\b|\bkredit (?:ohne schufa|vorab genehmigt|sofort)\b|\bvorabgebuhr\b|\baus (?:€\s?)?\d[\d.,]*\s?(?:€|euro)?\s+(?:habe ich |wurden )?(?:€\s?)?\d[\d.,]*\s?(?:€|euro)\s+(?:gemacht|in \d+ (?:tagen|wochen))|\bgewinne (?:taglich|garantiert|sichern)\b|\btagliche gewinne\b|\b(?:schnell )?reich (?:mit|durch) (?:krypto|bitcoin|trading)\b|\bschnell reich\b`,
    "spam.crypto": String.raw`\b(?:kryptowahrung(?:en)?|krypto-handel|trading-signale|tradingsignale|cloud-mining)\b|\bkrypto(?:-?(?:coach|trading|trader\w*|signale|mentor\w*|investment\w*|gewinne|rendite|handel|boerse|borse))?\b|\bbitcoin-kontrakte?\b|\bkontrakthandel\b|\bmein onkel\b[^.!?\n]{0,80}\b(?:signale|trading|krypto|bitcoin)\b|\bgibt mir (?:die )?signale\b|\bwie man mit \d[\d.,]*\s?(?:€|euro|\$|usdt) (?:anfangt|startet|beginnt|einsteigt)\b|\bkrypto[- ]?signale\b|\bsignale (?:vip|gratis|kostenlos)\b`,
    "spam.job_scam": String.raw`\b(?:bearbeitungsgebuhr|anmeldegebuhr|schulungsgebuhr|vermittlungsgebuhr)\b|\bkeine (?:vorkenntnisse|erfahrung) (?:notig|erforderlich)\b[^.!?\n]{0,40}\b(?:verdien|€|\$)|\bsie wurden (?:fur|als) (?:eine|die|unsere)\b[^.!?\n]{0,30}\b(?:stelle|position|job)\b[^.!?\n]{0,20}\b(?:ausgewahlt)\b|\bpro aufgabe\b|\bprovision\b[^.!?\n]{0,40}\b(?:auszahlung|taglich|pro aufgabe)\b|\bprodukte bewerten\b|\bvorstellungsgesprach\b[^.!?\n]{0,60}\b(?:telegram|whatsapp|per chat)\b|\bper chat auf (?:telegram|whatsapp)\b|\beinen scheck\b[^.!?\n]{0,60}\b(?:ausstattung|kaufen|partnerhandler)\b|\b(?:lebenslauf|cv)\b[^\n]{0,60}@(?:gmail|hotmail|outlook|yahoo|gmx|web)\.|\b(?:vorstellungsgesprach|bewerbungsgesprach|interview) (?:uber|per|via|auf) (?:den )?(?:telegram|whatsapp|signal)(?:-chat)?\b|\b(?:pflichtkurs|pflichtschulung|zertifizierungskurs|schulung)\b[^.!?\n]{0,30}\b\d[\d.,]*\s?(?:€|euro)\b[^.!?\n]{0,60}\b(?:erstattet|zuruckerstattet|verrechnet)\b|\blebenslauf\b[^.!?\n]{0,60}\b(?:gepruft|zertifiziert|optimiert)\b[^.!?\n]{0,60}\d[\d.,]*\s?(?:€|euro)|\bzahlungslink\b`,
    "spam.romance": String.raw`\b(?:hallo|hi|hey)\s+(?:meine\s+|mein\s+)?(?:liebe|lieber|liebes|schatz|susse|suser|hubsche|hubscher|schone|schoner)\b|\bmein schatz\b|\b(?:ich habe|habe) (?:dein|ihr) (?:foto|bild) gesehen\b|\bich bin (?:so |sehr )?einsam\b|\b(?:dich|sie) (?:besser|naher) kennenlernen\b|\bsuche (?:eine |meine )?(?:ernsthafte beziehung|partnerin|partner|seelenverwandte|frau furs leben)\b|\bwitwer mit\b|\bprivate (?:fotos|bilder)\b|\bich bin (?:ein )?witwe(?:r)?\b|\bsuche (?:eine |einen )?ehrliche[n]? (?:frau|partnerin|mann|partner)\b|\b(?:fur|nach) eine[rn]? ernsthafte[rn]? beziehung\b|\b(?:du siehst|sie sehen) (?:sehr |so |wirklich )?(?:nett|hubsch|gut|schon|sympathisch) aus\b|\bsugar (?:baby|daddy)\b|\btaschengeld\b[^.!?\n]{0,40}\b(?:woche|monat)\b|\bpaypal-adresse\b|\b(?:taschengeld|finanzielle unterstutzung|finanzielle hilfe)\b[^.!?\n]{0,60}\b(?:pro|im|jede[nr]?) (?:monat|woche)\b|(?:€\s?\d[\d.,]*|\d[\d.,\s]*\s?(?:€|euro))\s*(?:pro|im|jede[nr]?) (?:monat|woche)\b[^.!?\n]{0,80}\b(?:nur|einfach) (?:zum|um zu) (?:reden|plaudern|schreiben|chatten)\b|\b(?:ich fand|ich finde) (?:ihr|dein) profil (?:sehr |wirklich )?interessant\b|\bseit dem tod meines (?:mannes|ehemannes)\b|\bseit dem tod meiner (?:frau|ehefrau)\b|\b(?:dein|ihr) lacheln\b[^.!?\n]{0,30}\b(?:beruhrt|verzaubert|gefangen)\b`,
    "spam.fake_persona": String.raw`\bfriedensmission\b|\b(?:us|amerikanische[rn]?)[- ]?(?:armee|army|soldat|offizier|armeeoffizier)\b|\b(?:bohrinsel|olplattform|offshore-ingenieur|offshore-ingenieurin)\b|\b(?:uno|un)[- ](?:arzt|arztin|mission)\b|\bim einsatz in (?:syrien|afghanistan|jemen|irak)\b|\b(?:arztin|arzt|chirurgin|chirurg)\b[^.!?\n]{0,40}\b(?:vereinte[nnr]* nationen|der uno|der un)\b|\bvereinten nationen\b[^.!?\n]{0,60}\b(?:mission|einsatz)\b|\b(?:medizinische|humanitare) mission (?:im|in) (?:jemen|syrien|irak|afghanistan|sudan|somalia|libyen)\b|\bim auslandseinsatz\b`,
    "spam.donation_appeal": String.raw`\b(?:spenden sie|spende jetzt|jetzt spenden|bitte spenden|spendenaktion|spendenkampagne)\b|\bgofundme\b|\bbetterplace\.(?:org|me)\b|\bleetchi\b|\bopfer de[rs]? (?:erdbebens|hochwassers|sturms)\b[^.!?\n]{0,80}\b(?:paypal|uberweis|spende)\w*|\bauf meinen (?:privaten |personlichen )?namen\b|\bwallet\b[^.!?\n]{0,20}\b(?:usdt|bitcoin|btc|krypto)\b`,
    "spam.advance_fee": String.raw`\bunbeanspruchte[nrms]? (?:fonds|gelder|guthaben|erbschaft|konto|vermogen)\b|\b(?:fonds|betrag|summe|vermogen) von\s+(?:us\s?)?[$€]?\s?\d[\d.,]*\s?(?:mio\.?|millionen)\s*(?:usd|eur|euro|dollar|us-dollar)?\b|\bvertrauenswurdige[nr]? partner\b[^.!?\n]{0,60}\b(?:fonds|millionen|mio|transfer)\b|\b(?:erbschaft|nachlass|nachster angehoriger|beguenstigte[rn]?|begunstigte[rn]?|vertrauliches (?:geschaft|angebot)|vertrauliche (?:transaktion|geschaftsmoglichkeit)|uberweisung der (?:gelder|summe))\b|\b(?:summe|betrag) von\s+(?:us\s?)?[$€]?\s?\d[\d.,]*\s?(?:millionen|mio)\b|\bteilnahmegebuhr\b|\bbearbeitungsgebuhr\b|\bvorab (?:eine )?gebuhr\b|\bkaution\b[^.!?\n]{0,80}\b(?:uberweis\w*|schlussel)\b|\bbuchungsgebuhr\b|\bproduktionspauschale\b|\bzollgebuhr\b|\b(?:fonds|geld|krypto|kryptowahrungs?)-?ruckholung\b|\bruckholung\b[^.!?\n]{0,40}\bgarantiert\b|\b(?:ihr|dein|ihre|deine|verlorene[sn]?) (?:geld|gelder|krypto\w*|investition)\b[^.!?\n]{0,40}\b(?:zuruckholen|zuruckbekommen|zuruckzuholen|wiederbeschaffen)\b|\bfur (?:die )?opfer zuruckgeholt\b|\b(?:gehackte|gestohlene)[nr]? (?:konten|konto|accounts?)\b[^.!?\n]{0,40}\b(?:wiederherstell|zuruckhol|zuruckbekomm)\w*|\bethische[rn]? hacker\b|\berbin\b[^.!?\n]{0,80}\b(?:gelder|bank|millionen)\b|\beinzige tochter de[rs] verstorbenen\b|\bbei einer bank hinterlegt\b|\bdie gelder (?:zu )?(?:empfangen|erhalten)\b|\b(?:erhalten sie|bekommen sie) \d{1,2}\s?%|\bohne (?:erben|hinterbliebene)\b|\bverstorbene[rn]? kunde[n]?\b|\bauslandische[nr]? (?:partner|geschaftspartner)\b`,
    "spam.phishing": String.raw`\b(?:bestatigen|verifizieren) sie (?:ihr|ihre) (?:konto|identitat|profil)\b|\b(?:ihr|dein) (?:konto|profil) (?:wird|wurde) (?:gesperrt|geloscht|deaktiviert)\b|\b(?:bestatigen|verifizieren) sie (?:jetzt |sofort |umgehend )?(?:ihr|ihre) (?:konto|identitat|profil)\b|\b(?:ihr|dein) (?:konto|profil) (?:wird|wurde)\b[^.!?\n]{0,80}\b(?:gesperrt|geloscht|deaktiviert)\b|\bverstoss(?:es)? gegen (?:unsere |die )?gemeinschaftsstandards\b|\b(?:ihr|ihre|dein|deine) (?:konto|profil|seite)\b[^.!?\n]{0,80}\b(?:geloscht|gesperrt|deaktiviert)\b|\bgemeinschaftsstandards\b[^.!?\n]{0,80}\b(?:geloscht|gesperrt|einspruch)\b|\b(?:ihr|dein) paket konnte nicht zugestellt werden\b|\bzollgebuhren\b[^.!?\n]{0,40}\b(?:bezahlen|begleichen|offen)\b|\bsichere dein konto\b|\bsichern sie ihr konto\b|\b(?:6|sechs)-stelligen code\b|\banmeldung\b[^.!?\n]{0,40}\bneuen gerat\b|\bum das geld zu erhalten\b[^.!?\n]{0,40}\b(?:link|klick|karte)\b|\bcode\b[^.!?\n]{0,60}\b(?:aus versehen|versehentlich)\b|\b(?:aus versehen|versehentlich)\b[^.!?\n]{0,60}\bcode\b|\b(?:schick|schicke|schicken sie|sende|senden sie|gib|geben sie|nenn|nennen sie|leite|leiten sie)\s+(?:mir|uns)\s+(?:bitte\s+)?(?:den|diesen|ihren|deinen)\s+[\p{L}-]*code\b|\b(?:antworten|antworte|antwortet)\b[^.!?\n]{0,80}\b(?:bestatigungscode|verifizierungscode|sicherheitscode|sms-code)\b|\b(?:wird|werden) in \d+ stunden (?:eingeschrankt|gesperrt|deaktiviert|geloscht)\b|\bum eine sperrung zu vermeiden\b|\b(?:ihre|deine) wallet-adresse\b|\b(?:beim zoll|vom zoll)\b[^.!?\n]{0,60}\b(?:festgehalten|einbehalten|gebuhr|bezahlen|zahlen)\b|\bblaue[snr]? (?:hakchen|haken|abzeichen|verifizierungsabzeichen)\b[^.!?\n]{0,80}\b(?:stunden|link|bestatig|verifizier|beantrag)\w*|\b(?:beim|vom) zoll (?:zuruckgehalten|festgehalten|einbehalten)\b|\beinfuhrabgaben\b[^.!?\n]{0,60}\b(?:offen|bezahlen|begleichen|€)|\bungewohnliche (?:aktivitat|bewegung|anmeldung)\w* (?:auf|in|bei) (?:ihrem|deinem) konto\b|\b(?:bestatigen|verifizieren|aktualisieren) sie (?:ihre|ihren) (?:zugangsdaten|benutzernamen|passwort|bankdaten)\b|\b(?:ihr|dein) (?:konto|account) wurde (?:gemeldet|markiert)\b|\burheberrecht\w*\b[^.!?\n]{0,80}\b(?:gesperrt|sperrung|geloscht|verifizier)`,
    "spam.link_bait": String.raw`\bklicke?n? sie (?:hier|auf den link)\b|\bklick (?:hier|auf den link)\b|\bklicke?n?\s+(?:sie\s+)?(?:jetzt|einfach|schnell|sofort)\s+(?:hier|auf (?:den|diesen) link)\b|\bals gewinner(?:in)?\b[^.!?\n]{0,40}\b(?:ausgewahlt|gezogen|ermittelt)\b|\b(?:deinen|ihren|den) (?:preis|gewinn|gutschein) (?:zu |jetzt )?(?:beanspruchen|abholen|einlosen|sichern)\b|\bgratis[- ]iphone\b|\blink in (?:meiner )?bio\b|\bsie haben gewonnen\b|\bdu hast gewonnen\b|\bgewinn abholen\b|\b\d{2}\s?% rabatt\b|\b\d[\d.,]*\s?(?:€|euro)\s?(?:/|pro |die |in der |am )(?:woche|tag)\b|\b(?:sie haben|du hast) (?:ein|einen|eine|den|das|die) [^.!?\n]{0,30}gewonnen\b|\b(?:jetzt )?gewinn (?:jetzt )?sichern\b|\b(?:sie haben|du hast)\b[^.!?\n]{0,60}\bgewonnen\b|\blink in (?:unserer|meiner) bio\b|\b(?:deine|ihre) wallet wurde\b[^.!?\n]{0,40}\bausgewahlt\b|\bsichere dir jetzt\b[^.!?\n]{0,30}\bkostenlos\b|\b(?:sie wurden|du wurdest) ausgewahlt,? (?:um )?(?:einen|eine|ein)\b[^.!?\n]{0,40}\bzu (?:erhalten|gewinnen)\b|\b(?:gutschein|geschenkkarte) (?:im wert )?(?:von|uber) \d[\d.,]*\s?(?:€|euro)\b[^\n]{0,80}\b(?:einlosen|sichern|abholen|link|hier)\b|\b(?:gewinnspiel|verlosung)\b[^\n]{0,80}\b(?:folge|folgt|folgen|like|liken|teile|teilen|markiere|markieren|kommentiere|kommentieren|rt)\b|\bverlosen wir\b[^\n]{0,120}\b(?:teilen|kommentieren|liken|folgen|markieren|bestatigen)\b|\bgutschein sichern\b|\bgewinnspiel\b[^\n]{0,60}\b(?:gutschein|gewinnen|teilnehmen)\b|\bjetzt teilnehmen\b|\bversandkostenfrei\b|-\d{2}\s?%|\bals gewinner(?:\*?in|:in|_in)?\b[^.!?\n]{0,60}\bausgelost\b|\b(?:sonst |andernfalls )?verfallt (?:der|dein|ihr) gewinn\b`,
    // brand-ambassador and "DM me for a collab" pitches, sent by the thousand
    // selling follows and likes: "1.000 seguidores reais por R$ 9,90"
    "spam.follower_selling": String.raw`\b(?:kaufe?n?|hol dir|erhalte)\s+(?:\d[\d.,]*k?\s+)?(?:echte\s+)?(?:follower|likes|abonnenten|aufrufe)\b|\b\d[\d.,]*k?\s+(?:echte\s+)?(?:follower|likes|abonnenten)\s+(?:fur|ab|schon ab)\s+(?:nur\s+)?(?:[$€]|\d)|\b\d+k echte follower\b|\bechte follower\b[^.!?\n]{0,40}\b(?:tagen|wochen)\b|\bgratis analyse\b|\b\d+(?:[.,]\d+)?\s?k\s?=\s?(?:[$€]\s?)?\d[\d.,]*(?:\s?[€$])?|\b\d[\d\s.,]*k?\s+(?:follower|likes|abonnenten)\s+(?:[\p{L}]+\s+){1,2}(?:fur|ab|schon ab)\s+(?:nur\s+)?(?:[$€]\s?\d|\d[\d.,]*\s?(?:€|\$|euro))`,
    "spam.ambassador_pitch": String.raw`\b(?:werde|werden sie|wir suchen)\s+(?:unser(?:e)?\s+)?(?:markenbotschafter(?:in|innen)?|brand ambassador)\b|\b(?:schreib|schreibt|schreiben sie)\s+(?:mir|uns)\s+(?:eine\s+)?(?:dm|pn|per dm|per pn|privat)\s+(?:für|fur|wegen)\s+(?:eine\s+)?(?:kooperation|collab|zusammenarbeit)\b|\bbezahlte (?:kooperation|collab)\b|\bmarkenbotschafter(?:in)?\s+(?:zu\s+)?werden\b|\b(?:schreib|schreibt|schreiben sie|kontaktiere|kontaktieren sie)\s+(?:unserem|unserer|an unseren|an unsere)\s+(?:haupt(?:account|konto|seite)|offiziellen (?:account|seite))\b|\b(?:nur|lediglich) (?:die )?versand(?:kosten)? (?:zahlen|bezahlen|ubernehmen)\b|\bals markenbotschafter(?:in)? (?:einladen|gewinnen|aufnehmen)\b|\b(?:zahlst|zahlen sie|bezahlst|bezahlen sie) (?:nur|lediglich) (?:den |die )?versand\w*\b|\bprovisionen? verdienen\b|\brabattcode\b[^.!?\n]{0,80}\bprovision`,
    "spam.self_promotion": String.raw`\b(?:auf|in) (?:die )?(?:erste[n]? seite|seite (?:1|eins))\b[^.!?\n]{0,60}\bgarantiert\b|\b(?:unsere|meine) preisliste\b|\bkostenlose[nrs]? (?:seo-?)?(?:audit|analyse)(?:-bericht)?\b[^.!?\n]{0,40}\b(?:schicken|senden|zusenden)\b|\b(?:besuche|besuchen sie|schau dir|schauen sie sich) (?:meinen|meine) (?:kanal|seite|shop|website|profil)\b|\b(?:abonniere|abonniert|abonnieren sie) (?:meinen kanal|mich)\b|\bqualifizierte (?:b2b-)?leads\b|\bantworten sie mit ["“„]?(?:info|ja)\b|\bsehr geehrte[rs]? (?:website|webseiten?|seiten|shop)-?(?:inhaber|betreiber)\w*\b|\btop-?10-?(?:rankings?|platzierung\w*)\b|\bantworten sie (?:einfach |bitte |kurz )?mit ["“„]?(?:ja|info)\b|\b(?:dm|schreib)\s+(?:mir|uns)\s+(?:einfach\s+)?["„“']\s?[\p{L}\p{N}]{2,12}\s?["“”']`,
    "spam.wrong_number": String.raw`\b(?:falsche[nr]? (?:nummer|person|kontakt|chat)|(?:in der nummer|in der person|im chat|im kontakt) (?:vertan|geirrt)|(?:mich|uns) (?:wohl |leider |glaube ich )?(?:vertan|verwahlt|verschrieben)|versehentlich (?:geschrieben|angeschrieben|hinzugefugt))\b[^]{0,400}?\b(?:investier\w*|investition\w*|geldanlage\w*|trading|trade\w*|gold|krypto\w*|bitcoin|forex|aktien|borse|analyst\w*)\b|\b(?:falsche[nr]? (?:nummer|person|account|konto|chat)|(?:mich )?vertippt)\b[^]{0,200}?\b(?:(?:du )?(?:scheinst|wirkst) (?:sehr )?(?:nett|sympathisch)|schicksal|kein zufall)`,
    "spam.boss_fraud": String.raw`\b(?:(?:kleinen|schnellen|dringenden|personlichen) gefallen|diskret|vertraulich)\b[^]{0,200}?\b(?:in einem meeting|in einer besprechung|in einer sitzung|kann (?:gerade |jetzt |leider )?nicht (?:telefonieren|anrufen|sprechen|reden))\b|\b(?:in einem meeting|in einer besprechung|in einer sitzung|kann (?:gerade |jetzt |leider )?nicht (?:telefonieren|anrufen|sprechen|reden))\b[^]{0,200}?\b(?:(?:kleinen|schnellen|dringenden|personlichen) gefallen|diskret|vertraulich)\b|\b(?:hallo|hi|hey) (?:mama|mami|papa|mutti)\b[^\n]{0,160}\bneue(?:n|s)? (?:nummer|handy)\b|\bdas ist meine neue nummer\b|\bmein neues konto\b[^.!?\n]{0,40}\bgehackt|\bdas alte (?:konto )?wurde gehackt\b|\b(?:sag|sagen sie) (?:bitte )?niemandem (?:etwas|was)\b`,
  },
  grace: {
    hurtful: String.raw`spam|fake|gefälscht|gefaelscht|betrüger|betrügerin|betrueger|betrug|nervig|nervt|lästig|laestig|aufdringlich|gruselig|dumm|blöd|bloed|idiot|idiotin|erbärmlich|erbaermlich|verzweifelt|zeitverschwendung|lass mich in ruhe|lassen sie mich in ruhe|leute wie du|leute wie sie|nerv mich nicht`,
    sarcasm: String.raw`ja klar|na klar|netter versuch|viel glück damit|viel glueck damit|nichts für ungut|nichts fuer ungut|bei allem respekt|offensichtlich|ha(?:ha)+`,
    apology: String.raw`entschuldigung|entschuldige|entschuldigen sie|tut mir leid|bedaure|verzeih(?:en sie|ung)?`,
    strongApology: String.raw`tut mir (?:so|sehr|wirklich|echt|unendlich) leid|vielmals entschuldigen|aufrichtig entschuldigen|bitte verzeih`,
    falsePromise: String.raw`vielleicht später|vielleicht spaeter|später einmal|spaeter einmal|irgendwann|im moment|momentan|derzeit|zurzeit|vorerst|in zukunft|ein andermal|zu einem späteren zeitpunkt|noch nicht`,
    thanks: String.raw`danke|dank|bedanke|dankbar`,
    preachy: String.raw`du solltest|sie sollten (?:wirklich |lernen|erst|lesen|wissen)|nächstes mal,? (?:bitte|versuch)|naechstes mal,? (?:bitte|versuch)|es ist unhöflich|es ist unhoeflich|als kleiner tipp|das gehört sich|das gehoert sich`,
  },
  draft: {
    voice: (tone, platform, address) =>
      tone === "formal" ? FORMAL : tone === "brief" ? (usesDu(tone, platform, address) ? BRIEF_DU : BRIEF_SIE) : usesDu(tone, platform, address) ? WARM_DU : WARM_SIE,
    addressOf: addressIn(SIE_RE, DU_RE),
    requestNoun: (platform) => REQUEST_NOUNS[platform],
    platformName: (platform) => PLATFORM_NAMES[platform],
    greeting: ({ tone, platform, firstName, name, address }) => {
      if (tone === "formal") return name || firstName ? `Guten Tag ${name || firstName},` : "Guten Tag,";
      const who = usesDu(tone, platform, address) ? firstName : name || firstName;
      return who ? `Hallo ${who},` : "Hallo,";
    },
    opening: ({ tone, platform, firstName, name, address }, thanks) => {
      const who = usesDu(tone, platform, address) ? firstName : name || firstName;
      return who ? `${tone === "formal" ? "Guten Tag" : "Hallo"} ${who}, ${lowerFirst(thanks)}` : thanks;
    },
    shortTone: (tone) => (tone === "formal" ? "formal" : "brief"),
    lowercaseAfterGreeting: true,
    alsoNoNote: "Außerdem bitte ich bei jeder Anfrage um eine kurze persönliche Nachricht.",
    defaultReasons: {
      competitor: COMPETITOR[0]!,
      blocked_role: "Ich habe für mich die Regel, mich auf {platform} nicht mit Menschen aus Ihrer Branche zu vernetzen, und halte sie bei allen ein.",
      not_known_in_real_life: NOT_KNOWN[0]!,
      no_personal_note: NO_NOTE[0]!,
    },
    roleWords: {
      recruiter: "Menschen aus dem Recruiting",
      sales: "Menschen aus dem Vertrieb",
      "real estate": "Menschen aus der Immobilienbranche",
      insurance: "Menschen aus der Versicherungsbranche",
      "financial advisor": "Menschen aus der Finanzberatung",
      "network marketing": "Menschen aus dem Network-Marketing",
      marketing: "Menschen aus dem Marketing",
      crypto: "Menschen aus der Krypto-Branche",
      coach: "Coaches",
      investor: "Investorinnen und Investoren",
      journalist: "Menschen aus dem Journalismus",
      founder: "Gründerinnen und Gründern",
      consultant: "Menschen aus der Unternehmensberatung",
      freelancer: "Freiberuflerinnen und Freiberuflern",
      influencer: "Influencerinnen und Influencern",
      hr: "Menschen aus dem Personalwesen",
      "public relations": "Menschen aus der PR",
    },
  },
};
