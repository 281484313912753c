import Foundation
import StippleCore
import StippleStore

/// The words of booking, in the booker's language: on the public pages, in the messages and in
/// the calendar file.
enum BookingText {
    static func t(_ language: Language, _ en: String, _ nl: String) -> String { language == .nlNL ? nl : en }

    /// "Fri 5 Feb 2027 at 10:00" / "vr 5 feb 2027 om 10:00", on the clinic's clock.
    static func when(_ start: Date, _ zone: TimeZone, _ language: Language) -> String {
        "\(LocalDate(start, in: zone).text(language)) \(t(language, "at", "om")) \(clock(start, zone))"
    }

    /// "10:00", on the clinic's clock.
    static func clock(_ date: Date, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour!, c.minute!)
    }

    static func appointment(_ kind: AppointmentType.Kind, _ language: Language) -> String {
        switch kind {
        case .consultation: t(language, "Free consultation", "Gratis consult")
        case .session: t(language, "SMP session", "SMP-behandeling")
        case .healingCheck: t(language, "Healing check", "Controle van de genezing")
        case .touchUp: t(language, "Touch-up", "Bijwerksessie")
        }
    }

    static func concern(_ concern: ConsultationConcern, _ language: Language) -> String {
        switch concern {
        case .patternBaldness: t(language, "Pattern baldness", "Erfelijke kaalheid")
        case .thinning: t(language, "Thinning hair", "Dunner wordend haar")
        case .alopecia: t(language, "Alopecia", "Alopecia")
        case .scars: t(language, "Scars (for example from a hair transplant)", "Littekens (bijvoorbeeld van een haartransplantatie)")
        case .other: t(language, "Something else", "Iets anders")
        }
    }

    static func mode(_ mode: ConsultationMode, _ language: Language) -> String {
        switch mode {
        case .inPerson: t(language, "At the clinic", "In de kliniek")
        case .video: t(language, "By video call", "Via videogesprek")
        }
    }

    /// What is wrong with a field, said kindly.
    static func problem(_ p: BookingProblem, _ language: Language) -> String {
        switch p {
        case .nameMissing: t(language, "Enter your name.", "Vul je naam in.")
        case .nameTooLong: t(language, "Your name can be at most 200 characters.", "Je naam mag hoogstens 200 tekens zijn.")
        case .contactMissing: t(language, "Enter an email address or a mobile number, so we can confirm your booking.",
                                "Vul een e-mailadres of mobiel nummer in, zodat we je afspraak kunnen bevestigen.")
        case .emailInvalid: t(language, "Enter an email address like name@example.com.", "Vul een e-mailadres in zoals naam@voorbeeld.nl.")
        case .phoneInvalid: t(language, "Enter a phone number in digits, with + and the country code if you like.",
                              "Vul een telefoonnummer in cijfers in, eventueel met + en landnummer.")
        case .dateOfBirthInvalid: t(language, "Enter your date of birth.", "Vul je geboortedatum in.")
        case .underAge: t(language, "We are sorry: SMP is only for people aged 18 and over, so we cannot book you in. "
                            + "We would be glad to see you once you are 18.",
                          "Het spijt ons: SMP is alleen voor mensen van 18 jaar en ouder, dus we kunnen geen afspraak maken. "
                            + "We zien je graag als je 18 bent.")
        case .concernMissing: t(language, "Choose what brings you to us.", "Kies waarvoor je komt.")
        case .languageInvalid: t(language, "Choose a language.", "Kies een taal.")
        case .modeInvalid: t(language, "Choose at the clinic or by video call.", "Kies in de kliniek of via videogesprek.")
        case .noteTooLong: t(language, "Your note can be at most 1000 characters.", "Je opmerking mag hoogstens 1000 tekens zijn.")
        }
    }

    static func refusal(_ r: BookingRefusal, _ zone: TimeZone, _ language: Language) -> String {
        switch r {
        case .taken: t(language, "Sorry, someone has just booked that time. Please choose another.",
                       "Sorry, iemand heeft die tijd net geboekt. Kies een andere tijd.")
        case let .tooSoon(earliest): t(language, "That time is too soon to book online; the earliest is \(when(earliest, zone, language)).",
                                       "Die tijd is te snel om online te boeken; de eerste mogelijkheid is \(when(earliest, zone, language)).")
        case .beyondHorizon: t(language, "That time is too far ahead to book yet.", "Die tijd ligt te ver vooruit om al te boeken.")
        case .closedDay: t(language, "The clinic is closed that day.", "De kliniek is die dag gesloten.")
        case .outsideOpeningHours, .notAStartTime, .technicianUnavailable:
            t(language, "That time is not one we offer. Please choose one of the times listed.",
              "Die tijd bieden we niet aan. Kies een van de getoonde tijden.")
        }
    }

    // MARK: Messages

    static func firstName(_ booking: Booking) -> String {
        String((booking.fullName ?? "").split(separator: " ").first ?? "")
    }

    static func confirmation(_ b: Booking, _ clinic: Clinic, _ zone: TimeZone) -> (subject: String, body: String) {
        let l = b.language
        return (t(l, "Your free consultation at \(clinic.name)", "Je gratis consult bij \(clinic.name)"),
                t(l, "Hello \(firstName(b)),\n\nYour free consultation is booked for \(when(b.startsAt, zone, l)) (\(zone.identifier) time), "
                    + "\(mode(b.mode, .enGB).lowercased()), at \(clinic.name), \(clinic.address).\n\n"
                    + "The calendar file with this message puts it in your calendar. To change or cancel it, use the link below.",
                  "Hoi \(firstName(b)),\n\nJe gratis consult is geboekt op \(when(b.startsAt, zone, l)) (tijd in \(zone.identifier)), "
                    + "\(mode(b.mode, .nlNL).lowercased()), bij \(clinic.name), \(clinic.address).\n\n"
                    + "Met het agendabestand bij dit bericht zet je het in je agenda. Wijzigen of annuleren doe je via de link hieronder."))
    }

    static func screeningLink(_ b: Booking, _ clinic: Clinic, _ zone: TimeZone) -> (subject: String, body: String) {
        let l = b.language
        return (t(l, "Health questions before your consultation", "Gezondheidsvragen voor je consult"),
                t(l, "Hello \(firstName(b)),\n\nBefore your consultation at \(clinic.name) on \(when(b.startsAt, zone, l)), please answer "
                    + "a few questions about your health, so the technician can tell you what is safe for you. It takes about five "
                    + "minutes; only the clinic's technicians read your answers. Use the link below.",
                  "Hoi \(firstName(b)),\n\nBeantwoord voor je consult bij \(clinic.name) op \(when(b.startsAt, zone, l)) een paar vragen "
                    + "over je gezondheid, zodat de behandelaar je kan vertellen wat veilig voor je is. Het duurt ongeveer vijf minuten; "
                    + "alleen de behandelaars van de kliniek lezen je antwoorden. Gebruik de link hieronder."))
    }

    static func rescheduled(_ b: Booking, _ clinic: Clinic, _ zone: TimeZone) -> (subject: String, body: String) {
        let l = b.language
        return (t(l, "Your consultation has moved: \(when(b.startsAt, zone, l))", "Je consult is verzet: \(when(b.startsAt, zone, l))"),
                t(l, "Hello \(firstName(b)),\n\nYour free consultation at \(clinic.name) is now on \(when(b.startsAt, zone, l)). "
                    + "The calendar file with this message moves it in your calendar. Earlier links no longer change it: use the link below.",
                  "Hoi \(firstName(b)),\n\nJe gratis consult bij \(clinic.name) is nu op \(when(b.startsAt, zone, l)). "
                    + "Met het agendabestand bij dit bericht verzet je het in je agenda. Eerdere links werken niet meer: gebruik de link hieronder."))
    }

    static func cancelled(_ b: Booking, _ clinic: Clinic, _ zone: TimeZone) -> (subject: String, body: String) {
        let l = b.language
        return (t(l, "Your consultation is cancelled", "Je consult is geannuleerd"),
                t(l, "Hello \(firstName(b)),\n\nYour free consultation at \(clinic.name) on \(when(b.startsAt, zone, l)) is cancelled. "
                    + "You are welcome to book another time on our website.",
                  "Hoi \(firstName(b)),\n\nJe gratis consult bij \(clinic.name) op \(when(b.startsAt, zone, l)) is geannuleerd. "
                    + "Je bent welkom om via onze website een andere tijd te boeken."))
    }

    static func reminder(_ b: Booking, _ clinic: Clinic, _ zone: TimeZone) -> (subject: String, body: String) {
        let l = b.language
        return (t(l, "Tomorrow: your free consultation at \(clinic.name)", "Morgen: je gratis consult bij \(clinic.name)"),
                t(l, "Hello \(firstName(b)),\n\nA reminder: your free consultation is on \(when(b.startsAt, zone, l)) at \(clinic.name), "
                    + "\(clinic.address). To change or cancel it, use the link below.",
                  "Hoi \(firstName(b)),\n\nEen herinnering: je gratis consult is op \(when(b.startsAt, zone, l)) bij \(clinic.name), "
                    + "\(clinic.address). Wijzigen of annuleren doe je via de link hieronder."))
    }

    static func waitlistOffer(_ b: Booking, start: Date, until: Date, _ clinic: Clinic, _ zone: TimeZone) -> (subject: String, body: String) {
        let l = b.language
        return (t(l, "An earlier time is free: \(when(start, zone, l))", "Er is een eerdere tijd vrij: \(when(start, zone, l))"),
                t(l, "Hello \(firstName(b)),\n\nYou asked for an earlier consultation at \(clinic.name). \(when(start, zone, l)) is free, "
                    + "and we hold it for you until \(clock(until, zone)). To take it, use the link below; your booking on "
                    + "\(when(b.startsAt, zone, l)) then moves to it. If you do nothing, your booking stays as it is.",
                  "Hoi \(firstName(b)),\n\nJe vroeg om een eerder consult bij \(clinic.name). \(when(start, zone, l)) is vrij, "
                    + "en we houden die tijd voor je vast tot \(clock(until, zone)). Wil je hem? Gebruik de link hieronder; je afspraak op "
                    + "\(when(b.startsAt, zone, l)) gaat dan naar die tijd. Doe je niets, dan blijft je afspraak zoals hij is."))
    }

    /// The calendar event's title and description.
    static func event(_ b: Booking, _ clinic: Clinic) -> (summary: String, description: String) {
        let l = b.language
        return ("\(appointment(b.kind, l)) – \(clinic.name)",
                t(l, "\(mode(b.mode, l)). Questions? Call \(clinic.phone ?? clinic.name).",
                  "\(mode(b.mode, l)). Vragen? Bel \(clinic.phone ?? clinic.name)."))
    }
}
