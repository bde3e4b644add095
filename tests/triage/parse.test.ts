import { describe, expect, it } from "vitest";
import { applyOverrides, detectPlatform, parseRequest } from "@/lib/triage";
import { firstNameOf, nameCase, splitHeadline } from "@/lib/triage/parse";

describe("parseRequest: the layouts people paste", () => {
  it("reads a LinkedIn 'My Network' invitation card", () => {
    const p = parseRequest(
      [
        "Priya Raman’s profile picture",
        "Priya Raman",
        "Senior Product Manager at Globex",
        "14 mutual connections",
        "Hi Jenn, I enjoyed your talk at the marketing summit last week. Would love to connect!",
        "Ignore",
        "Accept",
      ].join("\n"),
    );
    expect(p).toMatchObject({
      platform: "linkedin",
      platformDetected: true,
      name: "Priya Raman",
      firstName: "Priya",
      headline: "Senior Product Manager at Globex",
      role: "Senior Product Manager",
      company: "Globex",
      mutualConnections: 14,
      note: "Hi Jenn, I enjoyed your talk at the marketing summit last week. Would love to connect!",
    });
  });

  it("reads the LinkedIn 'wants to connect' e-mail and drops its footer", () => {
    const p = parseRequest(
      [
        "Daniel Okafor wants to connect",
        "",
        "Daniel Okafor",
        "Solutions Architect | Initech Cloud Platform",
        "Greater Boston",
        "8 connections in common",
        "",
        "Accept   View profile",
        "",
        "This email was intended for Jenn Hanford (Marketing Lead). Learn why we included this.",
        "© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.",
        "Unsubscribe | Help",
      ].join("\n"),
    );
    expect(p).toMatchObject({
      platform: "linkedin",
      name: "Daniel Okafor",
      firstName: "Daniel",
      headline: "Solutions Architect | Initech Cloud Platform",
      role: "Solutions Architect",
      company: "Initech Cloud Platform",
      mutualConnections: 8,
      note: null,
    });
  });

  it("keeps the note of an e-mail invitation and recognises LinkedIn's stock line", () => {
    const p = parseRequest("Hi Jenn,\nOliver Grant would like to join your LinkedIn network.\nOliver Grant\nOperations Manager at Fabrikam\n7 mutual connections\nAccept");
    expect(p.name).toBe("Oliver Grant");
    expect(p.note).toBeNull();
    expect(p.company).toBe("Fabrikam");
  });

  it("reads a Facebook friend request with its buttons", () => {
    const p = parseRequest("Brian Walsh\n2 mutual friends\nConfirm\nDelete");
    expect(p).toMatchObject({ platform: "facebook", name: "Brian Walsh", firstName: "Brian", mutualConnections: 2, note: null, headline: null });
  });

  it("reads 'sent you a friend request' notifications", () => {
    const p = parseRequest("Chloe Martin sent you a friend request.\n11 mutual friends\nHey! I think we were in the same yoga class? Add me :)");
    expect(p).toMatchObject({ platform: "facebook", name: "Chloe Martin", mutualConnections: 11 });
    expect(p.note).toContain("yoga class");
  });

  it("reads an X follow with handle, name, bio and 'Follows you'", () => {
    const p = parseRequest("@mkoval · Maria Koval\nEditor at The Daily Ledger. Words about money.\nFollows you");
    expect(p).toMatchObject({ platform: "x", name: "Maria Koval", firstName: "Maria", role: "Editor", company: "The Daily Ledger", note: null });
    expect(p.handles).toContain("@mkoval");
  });

  it("reads an X message request", () => {
    const p = parseRequest("Lena Fischer\n@lena_builds\nIndie hacker. Shipping small tools.\nhey! we chatted in the replies under your thread on pricing pages yesterday", "x");
    expect(p.name).toBe("Lena Fischer");
    expect(p.headline).toBe("Indie hacker. Shipping small tools.");
    expect(p.note).toMatch(/^hey! we chatted/);
  });

  it("reads an Instagram follow request, with the name after the handle", () => {
    const p = parseRequest("sam.writes.poems requested to follow you\nSam Porter · 1 mutual follower");
    expect(p).toMatchObject({ platform: "instagram", name: "Sam Porter", firstName: "Sam", mutualConnections: 1 });
    expect(p.handles).toContain("sam.writes.poems");
  });

  it("counts Instagram's 'Followed by …' line", () => {
    expect(parseRequest("jo.bakes\nJo Baker\nFollowed by ana.r, tom_b and 3 others").mutualConnections).toBe(5);
    expect(parseRequest("jo.bakes\nJo Baker\nFollowed by ana.r").mutualConnections).toBe(1);
    expect(parseRequest("jo.bakes\nJo Baker\nFollowed by ana.r + 3 more").mutualConnections).toBe(4);
  });

  it("reads names with LinkedIn's degree or an e-mail address after them", () => {
    expect(parseRequest("Priya Raman · 2nd\nSenior PM at Globex\n14 mutual connections")).toMatchObject({ name: "Priya Raman", company: "Globex" });
    const p = parseRequest("Priya Raman <priya@globex.com>\nHi Jenn, loved the talk");
    expect(p).toMatchObject({ name: "Priya Raman", emails: ["priya@globex.com"], note: "Hi Jenn, loved the talk" });
  });

  it("reads free text: a note with a sign-off gives the name", () => {
    const p = parseRequest("Hi! We met at the climate meetup on Tuesday, loved your question about heat pumps.\nCheers,\nTom Becker");
    expect(p.name).toBe("Tom Becker");
    expect(p.platform).toBe("other");
    expect(p.note).toContain("climate meetup");
  });

  it("finds a name in a self-introduction", () => {
    expect(parseRequest("Jenn!! It's Isabel from your book club, finally on here!").firstName).toBe("Isabel");
  });

  it("reads 'No mutual connections' as zero and thousands separators as one number", () => {
    expect(parseRequest("Ana Ruiz\nNo mutual connections").mutualConnections).toBe(0);
    expect(parseRequest("Ana Ruiz\n1,204 mutual connections").mutualConnections).toBe(1204);
    expect(parseRequest("Ana Ruiz\nDesigner").mutualConnections).toBeNull();
  });

  it("finds links, handles, phone numbers and e-mail addresses", () => {
    const p = parseRequest("Anna Sweet\nsee my photos: bit.ly/annaprv or https://example.com/x?y=1, WhatsApp +1 (302) 555-0147, mail anna@example.org, follow @anna_sw");
    expect(p.links).toEqual(expect.arrayContaining(["bit.ly/annaprv", "https://example.com/x?y=1"]));
    expect(p.phones).toContain("+1 (302) 555-0147");
    expect(p.emails).toContain("anna@example.org");
    expect(p.handles).toContain("@anna_sw");
    expect(p.links.some((l) => l.includes("example.org"))).toBe(false);
  });

  it("does not take years or counts for phone numbers", () => {
    expect(parseRequest("Worked there 2015 - 2019 with 1,000,000 users").phones).toEqual([]);
  });
});

describe("parseRequest: what blind probes in five languages broke", () => {
  it("takes the company after the last 'en'/'na' that a capital follows, and a stronger 'chez' first", () => {
    expect(parseRequest("Ana Ruiz\nConsultor en transformación digital en Globant").company).toBe("Globant");
    expect(parseRequest("Luc Roy\nConsultant en stratégie chez Capgemini").company).toBe("Capgemini");
    expect(parseRequest("Ana Ruiz\nEspecialista en marketing").company).toBeNull();
    expect(parseRequest("Carolina Dias\nUX Writer no iFood").company).toBe("iFood");
  });

  it("reads Messenger's 'not friends' line and a French greeting with an emoji as interface and note", () => {
    const m = parseRequest("Invitations par message\nThomas Girard\nVous n'êtes pas amis sur Facebook\nSalut ! On est dans le même groupe.");
    expect(m).toMatchObject({ name: "Thomas Girard", headline: null });
    const c = parseRequest("Manu Garnier\n27 amis en commun\nCoucou Claire ! Trop bien le resto 😄 Je te dois 20 € pour l'addition.\nConfirmer\nSupprimer");
    expect(c).toMatchObject({ name: "Manu Garnier", headline: null, note: expect.stringMatching(/^Coucou Claire/) });
  });

  it("reads e-mails as other clients and phones pass them on: a forwarder's comment, an Outlook rule, a push header, a place before the mutual line", () => {
    const fwd = parseRequest(
      "FYI, this landed in the shared inbox. Looks legit!\n\nSam Whitaker\nMarketing Coordinator | Acme\n\n________________________________\nFrom: LinkedIn <invitations@linkedin.com>\nSent: Thursday, March 14, 2024 1:12 PM\nSubject: Jenn, please add me to your LinkedIn network\n\nDerek Lawson\nData Analyst at Contoso\n9 mutual connections\n\nAccept\nView profile",
    );
    expect(fwd).toMatchObject({ name: "Derek Lawson", headline: "Data Analyst at Contoso", note: null });
    expect(parseRequest("Florian Maier\nData Engineer bei Fabrikam\nKöln · 4 gemeinsame Kontakte").name).toBe("Florian Maier");
    expect(parseRequest("LinkedIn · ahora\nAndrés Gil te ha enviado una invitación para conectar\nDirector Financiero en Finarca · 31 contactos en común")).toMatchObject({ name: "Andrés Gil", company: "Finarca", mutualConnections: 31 });
    expect(parseRequest("X · hace 5 min\nDaniel Morales (@dani_datos) quiere seguirte").platform).toBe("x");
    expect(parseRequest("Raúl Herrera quiere ser tu amigo en Facebook.\nRaúl Herrera\nVive en Sevilla\n3 amigos en común")).toMatchObject({ name: "Raúl Herrera", headline: null, note: null });
  });

  it("drops the other languages' titles from the first name and greets a double given name whole", () => {
    expect(parseRequest("Général David Miller\nBonjour ma chère").firstName).toBe("David");
    expect(parseRequest("Dra. Ana Ruiz\nMédica en Sanitas").firstName).toBe("Ana");
    expect(parseRequest("João Pedro de Souza\nEngenheiro na Embraer").firstName).toBe("João Pedro");
    expect(parseRequest("Juan Carlos\nIngeniero en Indra").firstName).toBe("Juan");
  });
});

describe("parseRequest: survives any input", () => {
  it("strips HTML and decodes entities", () => {
    const p = parseRequest("<div><b>Mei Chen</b></div><div>Clinical Data Lead at Umbrella&nbsp;Health</div><p>22 mutual connections</p><p>Hello Alex, we met at the HIMSS booth &amp; talked.</p>");
    expect(p).toMatchObject({ name: "Mei Chen", company: "Umbrella Health", mutualConnections: 22 });
    expect(p.note).toBe("Hello Alex, we met at the HIMSS booth & talked.");
  });

  it("keeps accents and other scripts in names", () => {
    expect(parseRequest("Zoë Ångström\nStaff Engineer at Globex").firstName).toBe("Zoë");
    expect(parseRequest("María José García\nDiseñadora en Litware").firstName).toBe("María José");
    expect(parseRequest("李明\n产品经理\n3 mutual connections").name).toBe("李明");
    expect(parseRequest("محمد علي\nمهندس\n5 mutual connections").name).toBe("محمد علي");
  });

  it("drops emoji, pronouns, honorifics and credentials from the first name", () => {
    expect(parseRequest("Anna Sweet 💋\n0 mutual friends").name).toBe("Anna Sweet");
    expect(firstNameOf("Dr. Mei Chen, PhD")).toBe("Mei");
    expect(firstNameOf("Captain Richard Hayes")).toBe("Richard");
    expect(firstNameOf("J. Hanford")).toBe("Hanford");
    expect(firstNameOf("Sam Lee (they/them)")).toBe("Sam");
  });

  it("handles empty lines, tabs, CRLF and a 20,000-character paste", () => {
    const p = parseRequest("\r\n\r\n  Grace Miller \t\r\n\r\nAccount Executive at CloudCo\r\n\r\n4 mutual connections\r\n");
    expect(p).toMatchObject({ name: "Grace Miller", company: "CloudCo", mutualConnections: 4 });
    const long = `Ana Ruiz\nDesigner at Litware\n${"lorem ipsum dolor sit amet ".repeat(800)}`.slice(0, 20_000);
    const q = parseRequest(long);
    expect(q.name).toBe("Ana Ruiz");
    expect(q.note?.length).toBeGreaterThan(1000);
  });

  it("returns nulls, never throws, on text with nothing to find", () => {
    for (const t of [".", "🙂🙂🙂", "\u0000\u0001", "<<<>>>", "@", "http://", "----", "1 mutual", "\u202e\u200b"]) {
      const p = parseRequest(t);
      expect(p.platform).toBeDefined();
      expect(Array.isArray(p.links)).toBe(true);
    }
  });
});

describe("splitHeadline", () => {
  it("finds role and company in the usual forms", () => {
    expect(splitHeadline("Senior Recruiter at Globex")).toEqual({ role: "Senior Recruiter", company: "Globex" });
    expect(splitHeadline("Software Engineer @ GLOBEX")).toEqual({ role: "Software Engineer", company: "GLOBEX" });
    expect(splitHeadline("Solutions Architect | Initech Cloud Platform")).toEqual({ role: "Solutions Architect", company: "Initech Cloud Platform" });
    expect(splitHeadline("Talent Acquisition Partner | Building world-class teams at Northwind")).toEqual({ role: "Talent Acquisition Partner", company: "Northwind" });
    expect(splitHeadline("Founder & CEO, Acme Labs")).toEqual({ role: "Founder & CEO", company: "Acme Labs" });
    expect(splitHeadline("Indie hacker. Shipping small tools.")).toEqual({ role: "Indie hacker", company: null });
    expect(splitHeadline("Helping teams at startups grow").company).toBeNull();
  });
});

describe("detectPlatform", () => {
  it("recognises each platform's wording", () => {
    expect(detectPlatform("Ana\n3 mutual connections")).toBe("linkedin");
    expect(detectPlatform("Ana\n3 mutual friends\nConfirm\nDelete")).toBe("facebook");
    expect(detectPlatform("ana.r requested to follow you")).toBe("instagram");
    expect(detectPlatform("@ana · Ana R\nFollows you")).toBe("x");
    expect(detectPlatform("Ana Ruiz\nDesigner at Litware\nIgnore\nAccept")).toBe("linkedin");
    expect(detectPlatform("Ana Ruiz\nConfirm\nDelete")).toBe("facebook");
    expect(detectPlatform("ana.r started following you")).toBe("instagram");
    expect(detectPlatform("Ana R @ana_r followed you")).toBe("x");
    expect(detectPlatform("Hello there, nice to meet you")).toBe("other");
  });
});

describe("applyOverrides", () => {
  it("lets the user's corrections win and re-derives role and company from a new headline", () => {
    const p = parseRequest("Sam\nSomething");
    const q = applyOverrides(p, { name: "Samuel Osei", headline: "Marketing Manager at Adventure Works", mutualConnections: 18, note: "" });
    expect(q).toMatchObject({ name: "Samuel Osei", firstName: "Samuel", role: "Marketing Manager", company: "Adventure Works", mutualConnections: 18, note: null });
    expect(applyOverrides(q, { company: "Globex" }).company).toBe("Globex");
  });
});

describe("what phones and inboxes copy", () => {
  it("reads a share sheet's name and the user's own words about the person after it", () => {
    const en = parseRequest("Check out Rachel Moore’s profile on LinkedIn https://www.linkedin.com/in/rachel-moore-4b2a91\n\nshe's a talent acquisition partner at Northwind, sent me a request with no note");
    expect(en).toMatchObject({ name: "Rachel Moore", firstName: "Rachel", company: "Northwind", note: null });
    const pt = parseRequest("Confira o perfil de Thiago Rocha (@thiagorocha_dev) no Instagram • https://www.instagram.com/thiagorocha_dev?igsh=MWt4\n\nele pediu pra me seguir");
    expect(pt).toMatchObject({ name: "Thiago Rocha", headline: null });
    const de = parseRequest("Sehen Sie sich das Profil von Tobias Lange auf LinkedIn an: https://www.linkedin.com/in/tobias-lange-3a81b2\nist Vertriebsleiter bei Siemens und hat mich angefragt, ohne Nachricht");
    expect(de).toMatchObject({ name: "Tobias Lange", company: "Siemens", note: null });
    // without a share sheet, a note's third person is still the person's note
    expect(parseRequest("Ana Ruiz\nDesigner at Litware\nHi Jenn, my colleague is a recruiter at Globex and she said you would be great to talk to!").note).toContain("recruiter");
  });

  it("drops an app's icon glyph, joins a headline the phone wrapped, and reads German 'im' as no 'I'm'", () => {
    const fr = parseRequest("Anne-Sophie Martin\nConsultante Data & IA chez Capgemini\n\ue7fd 12 relations en commun\nil y a 2 j\nIgnorer\nAccepter");
    expect(fr).toMatchObject({ headline: "Consultante Data & IA chez Capgemini", company: "Capgemini", mutualConnections: 12, note: null });
    const de = parseRequest("Hans-Peter Kühn\nSenior Recruiter | Headhunter für\nEngineering-Positionen bei Hays\n9 gemeinsame Kontakte\nIgnorieren\nAnnehmen");
    expect(de).toMatchObject({ headline: "Senior Recruiter | Headhunter für Engineering-Positionen bei Hays", note: null });
    expect(parseRequest("Jana Hoffmann\nAccount Executive im Vertrieb bei Personio\n3 gemeinsame Kontakte\nIgnorieren\nAnnehmen")).toMatchObject({ company: "Personio", note: null });
  });

  it("cuts an inbox preview row back into the card it copies", () => {
    const p = parseRequest("LinkedIn\nElena Vidal quiere conectar contigo\n- Elena Vidal Directora de Riesgos en BBVA 14 contactos en común «Hola Sergio, fue un placer coincidir en el foro Fintech de IFEMA.» Aceptar Ver perfil\n10:22");
    expect(p).toMatchObject({ name: "Elena Vidal", headline: "Directora de Riesgos en BBVA", company: "BBVA", mutualConnections: 14 });
    expect(p.note).toContain("fue un placer");
    expect(p.note).not.toContain("Aceptar");
  });

  it("takes an e-mail's subject line for the mail's, not for the start of a note, and a day with a time for a time", () => {
    const es = parseRequest("Ana, quiero conectar contigo\nRecibidos\n\nLinkedIn <invitations@linkedin.com>\n9:41 (hace 2 horas)\npara mí\n\nLinkedIn\nAna García Ruiz\n\nRaúl Domínguez\nResponsable de Producto en Datanova\n9 contactos en común\n\nAceptar\nVer perfil\n\nEste email está dirigido a Ana García Ruiz (Directora de Marketing en Iberdata).");
    expect(es).toMatchObject({ name: "Raúl Domínguez", company: "Datanova", mutualConnections: 9, note: null });
    const de = parseRequest("Ich möchte mich mit Ihnen vernetzen\n\nLinkedIn <invitations@linkedin.com>\nAn: Katrin Vogel\nGestern um 21:14\n\nSabine Krüger\nTeamleiterin Einkauf bei Kessler Systems\n38 gemeinsame Kontakte\n\nAnnehmen");
    expect(de).toMatchObject({ name: "Sabine Krüger", company: "Kessler Systems", note: null });
    // a person's own e-mail: Gmail's sender line names them
    const fr = parseRequest("Demande de mise en relation\nBoîte de réception\n\nVincent Chevalier <v.chevalier@maridor.fr>\n09:14\nÀ moi\n\nBonjour Madame Dubois,\n\nNous avons échangé la semaine dernière sur X au sujet de la facturation électronique.\n\nVincent Chevalier");
    expect(fr.name).toBe("Vincent Chevalier");
    expect(fr.note).toMatch(/^Bonjour Madame Dubois/);
    // the user's own question above a forwarded mail is no subject: it stays theirs
    expect(parseRequest("Tom Reyes\nDesigner at Litware\nHi Jenn, loved your talk!").note).toBe("Hi Jenn, loved your talk!");
  });

  it("reads a screenshot's text: the status bar, columns, wrapped lines, a bar read as 'l', the user's words above the list", () => {
    const en = parseRequest("9:41 ⋯ 5G 87%\nMy Network\nInvitations (2)                 Show all\nSarah Okonkwo\nRegional Account Manager at Northwind\nTraders | Supply chain nerd\nOmar Haddad and 6 other mutual\nconnections\nHi Jenn, great chatting at the ProMat\nbooth in Chicago! Let's stay in touch.\nIgnore Accept", "linkedin");
    expect(en).toMatchObject({ name: "Sarah Okonkwo", company: "Northwind Traders", mutualConnections: 7 });
    expect(en.note).toBe("Hi Jenn, great chatting at the ProMat\nbooth in Chicago! Let's stay in touch.");
    const ocr = parseRequest("14:07 ✉ ⚙ •            ⌁ 62%\nPending invitations\nRyan Patel\nBusiness Deve|opment Manager | SaaS\n12 mutual connections\nIgnore    Accept", "linkedin");
    expect(ocr).toMatchObject({ name: "Ryan Patel", headline: "Business Development Manager | SaaS", note: null });
    const typed = parseRequest("nunca vi esse cara na vida\n\nSolicitações de amizade Ver tudo\nLucas Pereira\n2 amigos em comum · 1 sem\nConfirmar\nExcluir", "facebook");
    expect(typed).toMatchObject({ name: "Lucas Pereira", mutualConnections: 2, note: null });
    // a note's "Hi Jenn, great chatting at the summit" is no "City, Region"
    expect(parseRequest("Sarah Okonkwo\nAccount Manager at Northwind\n7 mutual connections\nHi Jenn, great chatting at the summit\nin Chicago!").note).toContain("Hi Jenn, great chatting");
    expect(parseRequest("Sarah Okonkwo\nAccount Manager at Northwind\nAustin, Texas\n7 mutual connections").note).toBeNull();
  });

  it("puts back a card that a copy flattened: tabs, glued words, Markdown, a screen reader's roles", () => {
    expect(parseRequest("Priya RamanSenior Product Manager at Globex3 mutual connectionsIgnoreAccept", "linkedin")).toMatchObject({ name: "Priya Raman", company: "Globex", mutualConnections: 3, note: null });
    expect(parseRequest("Victor Alvarez\t\tSenior Technical Recruiter at Initech\t\t9 mutual connections\r\nIgnore    Accept\r\nHi Jenn, I'd love to tell you more.\r\n")).toMatchObject({ name: "Victor Alvarez", company: "Initech", note: "Hi Jenn, I'd love to tell you more." });
    expect(parseRequest("- **Caroline Faure**\n- Chargée de recrutement chez Talentis\n- 12 relations en commun\n- Ignorer | Accepter")).toMatchObject({ name: "Caroline Faure", company: "Talentis", note: null });
    const link = parseRequest("[**Rosa Delgado**](https://www.facebook.com/rosa.delgado.77)<br>\n25&nbsp;mutual friends<br>\nConfirm · Delete", "facebook");
    expect(link).toMatchObject({ name: "Rosa Delgado", mutualConnections: 25, note: null, links: [] });
    const sr = parseRequest("Link: View Hannah Cole’s profile\nImage: Hannah Cole\nHannah Cole\nSales Development Representative at Contoso\n6 mutual connections\nButton: Ignore an invitation to connect from Hannah Cole\nButton: Accept Hannah Cole’s invitation");
    expect(sr).toMatchObject({ name: "Hannah Cole", company: "Contoso", note: null });
    // camel case in a headline stays: "JavaScript", "YouTube"
    expect(parseRequest("Ana Ruiz\nJavaScript Developer at YouTube\n4 mutual connections").headline).toBe("JavaScript Developer at YouTube");
  });

  it("writes a name in capitals or in lower case as names are written, and reads a signature", () => {
    expect(nameCase("HANS-JÜRGEN KRAUSE")).toBe("Hans-Jürgen Krause");
    expect(nameCase("ANTÔNIO CARLOS DE OLIVEIRA")).toBe("Antônio Carlos de Oliveira");
    expect(nameCase("mary-kate o'brien")).toBe("Mary-Kate O'Brien");
    expect(nameCase("thibault d'argenson")).toBe("Thibault d'Argenson");
    expect(nameCase("BERTRAND Sophie")).toBe("BERTRAND Sophie");
    expect(nameCase("JT")).toBe("JT");
    expect(parseRequest("ÉLODIE GIRARD-MARCHAND\nIngénieure chez Orvéa\n4 relations en commun")).toMatchObject({ name: "Élodie Girard-Marchand", firstName: "Élodie" });
    expect(parseRequest("lucia.mtz_\nlucía martínez 🌸\nsolicitó seguirte\nConfirmar\nEliminar", "instagram").firstName).toBe("Lucía");
    // a lower-case note is no name
    expect(parseRequest("ugh not this guy again\nhe keeps adding me").name).toBeNull();
    expect(parseRequest("Eng.ª Sofia Matos\nDiretora de Operações na Sonae\n3 conexões em comum").firstName).toBe("Sofia");
    const mail = parseRequest("From: Sarah-Jane Whitmore <sj.whitmore@northgate-partners.com>\nTo: Tom Fletcher <tom@fletcher-data.io>\nSubject: Connecting on LinkedIn\n\nHi Tom,\n\nI caught your talk at the Leeds Tech Festival.\n\nKind regards,\nSarah-Jane\n\nSarah-Jane Whitmore | Senior Recruiter | Northgate Partners\nM: 07700 900 318");
    expect(mail).toMatchObject({ name: "Sarah-Jane Whitmore", headline: "Senior Recruiter | Northgate Partners" });
    expect(mail.note).not.toContain("07700");
  });
});
