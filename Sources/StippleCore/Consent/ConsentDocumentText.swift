/// The chain's first version of each consent document, in every language it speaks: what a
/// clinic starts from and may replace with a version of its own. Plain words; the request is
/// kept apart from any terms, and each document says how to withdraw.
public enum ConsentDocumentText {
    public static func title(_ kind: ConsentKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.treatment, .enGB): "Scalp micropigmentation: the treatment and its risks"
        case (.treatment, .nlNL): "Scalp micropigmentatie: de behandeling en de risico's"
        case (.healthData, .enGB): "Your health information"
        case (.healthData, .nlNL): "Je gezondheidsgegevens"
        case (.healingMessages, .enGB): "Messages while you heal"
        case (.healingMessages, .nlNL): "Berichten tijdens het herstel"
        case (.photosInRecord, .enGB): "Photos in your record"
        case (.photosInRecord, .nlNL): "Foto's in je dossier"
        case (.photosInGallery, .enGB): "Photos in the clinic's gallery"
        case (.photosInGallery, .nlNL): "Foto's in de galerij van de kliniek"
        case (.photosOnWebsite, .enGB): "Photos on our website"
        case (.photosOnWebsite, .nlNL): "Foto's op onze website"
        case (.photosOnSocial, .enGB): "Photos on our social media"
        case (.photosOnSocial, .nlNL): "Foto's op onze sociale media"
        }
    }

    public static func body(_ kind: ConsentKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.treatment, .enGB):
            """
            Scalp micropigmentation places thousands of small dots of pigment in the top layer of the skin of your scalp so that it looks like closely shaved hair. Most people need three sessions; about one in five needs a fourth.

            What to expect: mild stinging during the session, redness, and small scabs or flakes that come away in the first two weeks. Minor bleeding is common. Rarely: infection, an allergic reaction to the pigment, raised scars in people who tend to get them, or dots that spread or fade unevenly. We check your healing after each session and book the next one only on a healed scalp.

            You have read the aftercare, and you can ask us anything before we start. You may stop at any time, and you may withdraw this consent before any session.
            """
        case (.treatment, .nlNL):
            """
            Bij scalp micropigmentatie zetten we duizenden kleine puntjes pigment in de bovenste laag van de huid van je hoofdhuid, zodat het lijkt op kortgeschoren haar. De meeste mensen hebben drie sessies nodig; ongeveer een op de vijf een vierde.

            Wat je kunt verwachten: licht prikken tijdens de sessie, roodheid, en kleine korstjes of schilfers die in de eerste twee weken loslaten. Een beetje bloeden is gewoon. Zelden: een infectie, een allergische reactie op het pigment, bolle littekens bij mensen die daar aanleg voor hebben, of puntjes die uitlopen of ongelijk vervagen. We volgen je herstel na elke sessie en plannen de volgende pas als je hoofdhuid genezen is.

            Je hebt de nazorg gelezen en je kunt ons alles vragen voor we beginnen. Je mag op elk moment stoppen en deze toestemming vóór elke sessie intrekken.
            """
        case (.healthData, .enGB):
            """
            To treat you safely we keep health information about you: your answers to the screening questions, what was done in each session, and how your scalp heals, including your check-ins. Only the clinic's technicians read it, and every time they do is recorded. We never sell it or use it for marketing.

            We keep your record for as long as the law asks clinics to keep treatment records. You may withdraw this consent at any time; we then stop adding to your record and cannot treat you further.
            """
        case (.healthData, .nlNL):
            """
            Om je veilig te behandelen bewaren we gezondheidsgegevens over je: je antwoorden op de gezondheidsvragen, wat er in elke sessie is gedaan en hoe je hoofdhuid herstelt, ook je check-ins. Alleen de behandelaars van de kliniek lezen ze, en elke keer dat ze dat doen wordt vastgelegd. We verkopen ze nooit en gebruiken ze niet voor marketing.

            We bewaren je dossier zo lang als de wet dat voor behandeldossiers vraagt. Je mag deze toestemming op elk moment intrekken; dan voegen we niets meer toe aan je dossier en kunnen we je niet verder behandelen.
            """
        case (.healingMessages, .enGB):
            "While you heal we send you reminders and ask how your scalp is doing, by email or text, at reasonable hours. You may stop them at any time from your page."
        case (.healingMessages, .nlNL):
            "Tijdens je herstel sturen we je herinneringen en vragen we hoe het met je hoofdhuid gaat, per e-mail of sms, op redelijke tijden. Je kunt ze op elk moment stoppen via je pagina."
        case (.photosInRecord, .enGB):
            "We take photos of your scalp before and after each session, and you may add photos to your check-ins, so the clinic can see how you heal. They stay in your record. If you withdraw, we take them out of it."
        case (.photosInRecord, .nlNL):
            "We maken foto's van je hoofdhuid voor en na elke sessie, en je kunt foto's bij je check-ins voegen, zodat de kliniek ziet hoe je herstelt. Ze blijven in je dossier. Trek je dit in, dan halen we ze eruit."
        case (.photosInGallery, .enGB):
            "We may show before and after photos of your scalp in the clinic's gallery, without your face or name. If you withdraw, we take them down."
        case (.photosInGallery, .nlNL):
            "We mogen voor- en na-foto's van je hoofdhuid tonen in de galerij van de kliniek, zonder je gezicht of naam. Trek je dit in, dan halen we ze weg."
        case (.photosOnWebsite, .enGB):
            "We may show before and after photos of your scalp on our website, without your face or name. If you withdraw, we take them off every page."
        case (.photosOnWebsite, .nlNL):
            "We mogen voor- en na-foto's van je hoofdhuid op onze website tonen, zonder je gezicht of naam. Trek je dit in, dan halen we ze van elke pagina."
        case (.photosOnSocial, .enGB):
            "We may post before and after photos of your scalp on our social media, without your face or name. If you withdraw, we delete our posts of them."
        case (.photosOnSocial, .nlNL):
            "We mogen voor- en na-foto's van je hoofdhuid op onze sociale media plaatsen, zonder je gezicht of naam. Trek je dit in, dan verwijderen we die berichten."
        }
    }
}
