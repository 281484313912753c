import Foundation

/// The protocol Stipple ships: the conventions of the domain brief, in British English and
/// Dutch, written for clients. Clinics export it (`stipple protocol show`), edit their copy and
/// load it back; it goes through the same validation as any clinic's file.
public enum DefaultProtocol {
    public static let protocolValue: AftercareProtocol = {
        do {
            return try AftercareProtocol.load(json: Data(json.utf8))
        } catch {
            // The shipped protocol is covered by tests; a broken one must not go unnoticed.
            preconditionFailure("the default protocol is invalid: \(error)")
        }
    }()

    public static let json = #"""
{
  "id": "stipple-default",
  "version": "2026.1",
  "languages": ["en-GB", "nl-NL"],
  "stages": [
    {
      "id": "redness",
      "startDay": 0,
      "endDay": 2,
      "title": {"en-GB": "Redness and swelling", "nl-NL": "Roodheid en zwelling"},
      "summary": {
        "en-GB": "Your scalp is reacting to the treatment. This is how healing starts.",
        "nl-NL": "Je hoofdhuid reageert op de behandeling. Zo begint het herstel."
      },
      "normal": [
        {"en-GB": "Redness over the treated area", "nl-NL": "Roodheid op het behandelde gebied"},
        {"en-GB": "Tenderness and a feeling of tightness", "nl-NL": "Gevoeligheid en een strak gevoel"},
        {"en-GB": "Mild swelling; after hairline work it can reach the forehead for a day or two", "nl-NL": "Lichte zwelling; na behandeling van de haarlijn kan die een dag of twee tot op het voorhoofd komen"},
        {"en-GB": "Clear fluid that dries into a thin crust", "nl-NL": "Helder vocht dat opdroogt tot een dun korstje"},
        {"en-GB": "Dots that look slightly raised or darker than their final colour", "nl-NL": "Puntjes die iets verheven of donkerder lijken dan hun uiteindelijke kleur"}
      ],
      "reminder": {
        "en-GB": "Your healing has begun. For the next few days your scalp will be red and a little swollen: that is normal. Please do not touch or scratch it.",
        "nl-NL": "Je herstel is begonnen. De komende dagen is je hoofdhuid rood en wat gezwollen: dat is normaal. Raak de huid niet aan en krab er niet aan."
      }
    },
    {
      "id": "scabbing",
      "startDay": 3,
      "endDay": 5,
      "title": {"en-GB": "Scabbing", "nl-NL": "Korstjes"},
      "summary": {
        "en-GB": "Tiny scabs form over the dots and the skin may flake.",
        "nl-NL": "Er vormen zich kleine korstjes op de puntjes en de huid kan schilferen."
      },
      "normal": [
        {"en-GB": "Tiny dark scabs over the dots", "nl-NL": "Kleine donkere korstjes op de puntjes"},
        {"en-GB": "Flaking skin", "nl-NL": "Schilferende huid"},
        {"en-GB": "Itching", "nl-NL": "Jeuk"},
        {"en-GB": "Redness that fades day by day", "nl-NL": "Roodheid die elke dag minder wordt"}
      ],
      "reminder": {
        "en-GB": "Tiny scabs are forming. They protect the pigment: leave them alone, even when they itch.",
        "nl-NL": "Er vormen zich kleine korstjes. Ze beschermen het pigment: laat ze met rust, ook als ze jeuken."
      }
    },
    {
      "id": "scabs-fall",
      "startDay": 6,
      "endDay": 10,
      "title": {"en-GB": "Scabs fall away", "nl-NL": "Korstjes vallen af"},
      "summary": {
        "en-GB": "The scabs come away by themselves and the treated area shows.",
        "nl-NL": "De korstjes laten vanzelf los en het behandelde gebied wordt zichtbaar."
      },
      "normal": [
        {"en-GB": "Scabs coming off on their own, on the pillow or in the shower", "nl-NL": "Korstjes die vanzelf loslaten, op je kussen of onder de douche"},
        {"en-GB": "Dots that look lighter or patchy where scabs have come away", "nl-NL": "Puntjes die lichter of vlekkerig lijken waar korstjes zijn losgekomen"},
        {"en-GB": "Some tenderness", "nl-NL": "Nog wat gevoeligheid"}
      ],
      "reminder": {
        "en-GB": "Your scabs will start to come away by themselves. Let them: picking can take pigment with it.",
        "nl-NL": "Je korstjes gaan vanzelf loslaten. Laat dat gebeuren: wie pulkt, trekt pigment mee."
      }
    },
    {
      "id": "settling",
      "startDay": 11,
      "endDay": 21,
      "title": {"en-GB": "Settling", "nl-NL": "Tot rust komen"},
      "summary": {
        "en-GB": "The scalp returns to normal and the colour settles.",
        "nl-NL": "De hoofdhuid wordt weer normaal en de kleur komt tot rust."
      },
      "normal": [
        {"en-GB": "Colour that looks uneven while it settles; this can last until week four", "nl-NL": "Een kleur die ongelijk lijkt terwijl die tot rust komt; dat kan tot week vier duren"},
        {"en-GB": "Slightly dry skin", "nl-NL": "Een wat droge huid"},
        {"en-GB": "No scabs and no redness", "nl-NL": "Geen korstjes en geen roodheid"}
      ],
      "reminder": {
        "en-GB": "Your scalp is settling. The colour can look uneven for a few weeks: your technician will judge it at your next session.",
        "nl-NL": "Je hoofdhuid komt tot rust. De kleur kan nog een paar weken ongelijk lijken: je technicus beoordeelt dat bij je volgende sessie."
      }
    }
  ],
  "healed": {
    "title": {"en-GB": "Healed", "nl-NL": "Genezen"},
    "summary": {
      "en-GB": "Your scalp has healed. Protect the colour from the sun and keep to your next appointments.",
      "nl-NL": "Je hoofdhuid is genezen. Bescherm de kleur tegen de zon en houd je aan je volgende afspraken."
    },
    "normal": [
      {"en-GB": "The colour can keep settling until about week four", "nl-NL": "De kleur kan tot ongeveer week vier nog wat veranderen"},
      {"en-GB": "Pigment may have tinted nearby hair slightly; that grows out", "nl-NL": "Het pigment kan haar in de buurt licht gekleurd hebben; dat groeit eruit"}
    ]
  },
  "aftercare": [
    {
      "id": "no-touching", "kind": "avoid", "fromDay": 0, "untilDay": 2,
      "text": {"en-GB": "Do not touch, rub or scratch the treated area.", "nl-NL": "Raak het behandelde gebied niet aan en wrijf of krab er niet over."}
    },
    {
      "id": "no-wetting", "kind": "avoid", "fromDay": 0, "untilDay": 3, "breachedBy": "washed",
      "text": {
        "en-GB": "Keep your scalp dry: no washing, no shower on your head, no rain. You may wash it gently from day {resumeDay}.",
        "nl-NL": "Houd je hoofdhuid droog: niet wassen, niet onder de douche, niet in de regen. Vanaf dag {resumeDay} mag je hem voorzichtig wassen."
      }
    },
    {
      "id": "gentle-washing", "kind": "do", "fromDay": 4, "untilDay": 21,
      "text": {
        "en-GB": "Wash gently with lukewarm water and a mild shampoo, then pat dry; never rub.",
        "nl-NL": "Was voorzichtig met lauw water en een milde shampoo en dep daarna droog; nooit wrijven."
      }
    },
    {
      "id": "no-picking", "kind": "avoid", "fromDay": 3, "untilDay": 14,
      "text": {
        "en-GB": "Do not pick or scratch scabs: let them fall by themselves. Picking causes scars and patches without colour.",
        "nl-NL": "Pulk en krab niet aan korstjes: laat ze vanzelf afvallen. Pulken geeft littekens en plekken zonder kleur."
      }
    },
    {
      "id": "no-sweating", "kind": "avoid", "fromDay": 0, "untilDay": 6, "breachedBy": "sweated",
      "text": {
        "en-GB": "No gym, sauna, sport or heavy work that makes you sweat until day {resumeDay}.",
        "nl-NL": "Geen sportschool, sauna, sport of zwaar werk waarvan je gaat zweten tot dag {resumeDay}."
      }
    },
    {
      "id": "no-sun", "kind": "avoid", "fromDay": 0, "untilDay": 27, "breachedBy": "sun",
      "text": {
        "en-GB": "Keep your scalp out of the sun and strong heat; outdoors, cover it with a loose hat.",
        "nl-NL": "Houd je hoofdhuid uit de zon en uit sterke hitte; draag buiten een losse hoed of pet."
      }
    },
    {
      "id": "sunscreen", "kind": "do", "fromDay": 28,
      "text": {
        "en-GB": "Outdoors, put sunscreen of SPF 30 to 50 on the treated area; it keeps the colour from fading.",
        "nl-NL": "Smeer buiten zonnebrand met SPF 30 tot 50 op het behandelde gebied; zo vervaagt de kleur niet."
      }
    },
    {
      "id": "no-swimming", "kind": "avoid", "fromDay": 0, "untilDay": 27, "breachedBy": "swimming",
      "text": {
        "en-GB": "No swimming, chlorine, steam rooms or sunbeds until day {resumeDay}.",
        "nl-NL": "Niet zwemmen, geen chloor, stoomcabine of zonnebank tot dag {resumeDay}."
      }
    },
    {
      "id": "no-shaving", "kind": "avoid", "fromDay": 0, "untilDay": 4,
      "text": {"en-GB": "Do not shave your head until day {resumeDay}.", "nl-NL": "Scheer je hoofd niet tot dag {resumeDay}."}
    },
    {
      "id": "foil-shaver", "kind": "do", "fromDay": 5, "untilDay": 14,
      "text": {
        "en-GB": "You may shave again: use a foil shaver and go around any scabs.",
        "nl-NL": "Je mag weer scheren: gebruik een scheerapparaat met scheerblad en ga om korstjes heen."
      }
    },
    {
      "id": "no-creams", "kind": "avoid", "fromDay": 0, "untilDay": 4,
      "text": {
        "en-GB": "Put no creams, oils or styling products on your scalp, except one your technician gave you.",
        "nl-NL": "Smeer geen crème, olie of stylingproducten op je hoofdhuid, behalve wat je technicus je gaf."
      }
    },
    {
      "id": "moisturiser", "kind": "do", "fromDay": 5, "untilDay": 28,
      "text": {
        "en-GB": "If your scalp feels dry, use an unscented moisturiser.",
        "nl-NL": "Voelt je hoofdhuid droog, gebruik dan een ongeparfumeerde vochtinbrengende crème."
      }
    },
    {
      "id": "loose-hats", "kind": "do", "fromDay": 0, "untilDay": 21, "breachedBy": "hat",
      "text": {
        "en-GB": "Wear only loose, clean hats: no helmets, tight caps or headbands.",
        "nl-NL": "Draag alleen losse, schone hoofddeksels: geen helm, strakke pet of haarband."
      }
    },
    {
      "id": "clean-pillow", "kind": "do", "fromDay": 0, "untilDay": 6,
      "text": {
        "en-GB": "Sleep on a clean pillowcase and try not to lie on the treated area.",
        "nl-NL": "Slaap op een schone kussensloop en probeer niet op het behandelde gebied te liggen."
      }
    },
    {
      "id": "no-blood-donation", "kind": "avoid", "fromDay": 0, "untilDay": 119,
      "text": {
        "en-GB": "If you give blood, wait until day {resumeDay}, four months after the session: blood services ask this after any tattoo.",
        "nl-NL": "Geef je bloed, wacht dan tot dag {resumeDay}, vier maanden na de sessie: bloedbanken vragen dat na elke tatoeage."
      }
    }
  ],
  "checkInDays": [1, 2, 3, 5, 7, 10, 14, 21, 28],
  "spacing": [
    {"toSession": 2, "minDays": 7, "recommendedFromDays": 10, "recommendedToDays": 14,
     "label": {"en-GB": "second session", "nl-NL": "tweede sessie"}},
    {"toSession": 3, "minDays": 28, "recommendedFromDays": 28, "recommendedToDays": 35,
     "label": {"en-GB": "third session", "nl-NL": "derde sessie"}},
    {"toSession": 4, "minDays": 28, "recommendedFromDays": 28, "recommendedToDays": 42,
     "label": {"en-GB": "fourth session", "nl-NL": "vierde sessie"}}
  ],
  "plan": {"defaultSessions": 3, "minSessions": 2, "maxSessions": 4, "touchUpFromDays": 28, "touchUpToDays": 42,
           "topUpFromYears": 3, "topUpToYears": 5},
  "triage": {
    "feverC": 38.0,
    "inflammationEndDay": 3,
    "foreheadSwellingExpectedUntilDay": 2,
    "scoreReviewThreshold": 6,
    "scoreReviewAfterDay": 5,
    "scoreRiseThreshold": 2,
    "lingeringScabsFromDay": 11,
    "lingeringSymptomsFromDay": 28,
    "raisedDotsExpectedUntilDay": 10,
    "blurredDotsExpectedUntilDay": 3,
    "rapidSpreadRise": 2,
    "rapidSpreadWindowDays": 2,
    "higherRiskAge": 65,
    "earliestHealedDay": 7,
    "infectionSignTier": "amber"
  },
  "messages": {
    "checkInReminder": {
      "en-GB": "Day {day} of your healing: please take two minutes to tell us how your scalp is doing.",
      "nl-NL": "Dag {day} van je herstel: neem twee minuten om ons te laten weten hoe het met je hoofdhuid gaat."
    },
    "missedCheckIn": {
      "en-GB": "We have not heard from you today. How is your scalp? Your check-in helps your technician spot problems early.",
      "nl-NL": "We hebben vandaag nog niets van je gehoord. Hoe gaat het met je hoofdhuid? Met je check-in ziet je technicus problemen op tijd."
    },
    "followUpTomorrow": {
      "en-GB": "Reminder: your next session is tomorrow, {date}. Please tell us if your scalp still has scabs or redness.",
      "nl-NL": "Herinnering: je volgende sessie is morgen, {date}. Laat het ons weten als je hoofdhuid nog korstjes heeft of rood is."
    },
    "actions": {
      "green": {
        "en-GB": "This looks like normal healing. Keep to your aftercare and check in again on your next check-in day.",
        "nl-NL": "Dit past bij normaal herstel. Houd je aan de nazorg en check opnieuw in op je volgende check-indag."
      },
      "yellow": {
        "en-GB": "Your technician will look at this at your next visit, or sooner if it gets worse. Keep to your aftercare; if anything gets worse, check in again or call your clinic.",
        "nl-NL": "Je technicus bekijkt dit bij je volgende bezoek, of eerder als het erger wordt. Houd je aan de nazorg; wordt iets erger, check dan opnieuw in of bel je kliniek."
      },
      "amber": {
        "en-GB": "Contact a GP or pharmacist today, within 24 hours, and mention your scalp treatment. Your technician will review this today. If you get a fever, feel very unwell or the redness spreads fast, call {emergencyNumber}.",
        "nl-NL": "Neem vandaag, binnen 24 uur, contact op met je huisarts of apotheek en vertel over je hoofdhuidbehandeling. Je technicus bekijkt dit vandaag. Krijg je koorts, voel je je erg ziek of breidt de roodheid zich snel uit, bel dan {emergencyNumber}."
      },
      "red": {
        "en-GB": "Call {emergencyNumber} now or go to the nearest emergency department. Tell them you had a scalp micropigmentation treatment, then let your clinic know.",
        "nl-NL": "Bel nu {emergencyNumber} of ga naar de dichtstbijzijnde spoedeisende hulp. Vertel dat je een hoofdhuidpigmentatie (SMP) hebt gehad en laat het daarna je kliniek weten."
      },
      "urgentCare": {
        "en-GB": "You need to be seen by a doctor today. {urgentCare} Tell them you had a scalp micropigmentation treatment. Your technician has been told. Call {emergencyNumber} instead if you become confused or drowsy, your heart or breathing is fast, your skin turns pale, blue or blotchy, or you have trouble breathing.",
        "nl-NL": "Je moet vandaag door een arts gezien worden. {urgentCare} Vertel dat je een hoofdhuidpigmentatie (SMP) hebt gehad. Je technicus is op de hoogte. Bel toch {emergencyNumber} als je verward of suf wordt, je hart of ademhaling snel gaat, je huid bleek, blauw of vlekkerig wordt, of je moeite hebt met ademen."
      }
    }
  }
}
"""#
}
