import Foundation

/// The healing estimate explained in plain words.
public enum EstimateText {
    public static func factorName(_ f: HealingFactor, _ language: Language) -> String {
        let nl = language == .nlNL
        switch f {
        case .age65Plus: return nl ? "65 jaar of ouder" : "aged 65 or over"
        case .diabetes: return nl ? "diabetes" : "diabetes"
        case .immunosuppression: return nl ? "verminderde afweer" : "weakened immune system"
        case .anticoagulants: return nl ? "bloedverdunners" : "blood thinners"
        case .scalpPsoriasisOrEczema: return nl ? "psoriasis of eczeem op de hoofdhuid" : "psoriasis or eczema on the scalp"
        case .keloidHistory: return nl ? "neiging tot keloïd" : "history of keloids"
        case .scarTissue: return nl ? "littekenweefsel" : "scar tissue"
        case .olderMale: return nl ? "man van 50 of ouder" : "man aged 50 or over"
        case .oilySkin: return nl ? "vette huid" : "oily skin"
        case .thickSkin: return nl ? "dikke huid" : "thick skin"
        case .darkerSkinType: return nl ? "huidtype V–VI" : "skin type V–VI"
        case .largerArea: return nl ? "groter behandeld gebied" : "larger treated area"
        case .shallowNeedle: return nl ? "ondiepe naaldinstelling" : "shallow needle depth"
        case .deepNeedle: return nl ? "diepe naaldinstelling" : "deep needle depth"
        case .laterSession: return nl ? "vervolgsessie" : "follow-up session"
        case .hat: return nl ? "draagt vaak een pet of hoed" : "wears a hat most days"
        case .helmet: return nl ? "draagt een helm" : "wears a helmet"
        case .sleepingPosition: return nl ? "slaapt op het behandelde gebied" : "sleeps on the treated area"
        case .aftercareLapses: return nl ? "nazorg niet opgevolgd" : "aftercare not followed"
        case .scabsPicked: return nl ? "korstjes afgepulkt" : "scabs picked"
        }
    }

    public static func evidenceName(_ e: EvidenceStrength, _ language: Language) -> String {
        switch (e, language) {
        case (.strong, .nlNL): "sterk bewijs"
        case (.moderate, .nlNL): "redelijk bewijs"
        case (.weak, .nlNL): "zwak bewijs"
        case (.strong, _): "strong evidence"
        case (.moderate, _): "moderate evidence"
        case (.weak, _): "weak evidence"
        }
    }

    /// One line per factor, e.g. "+3.0 days: aged 65 or over (×1.25, strong evidence)".
    public static func contributions(_ estimate: HealingEstimate, _ language: Language) -> [String] {
        let nl = language == .nlNL
        return estimate.contributions.map { c in
            let sign = c.days >= 0 ? "+" : "−"
            var days = String(format: "%.1f", abs(c.days))
            var multiplier = String(format: "%.2f", c.multiplier)
            if nl {
                days = days.replacingOccurrences(of: ".", with: ",")
                multiplier = multiplier.replacingOccurrences(of: ".", with: ",")
            }
            let unit = nl ? "dagen" : "days"
            let count = c.count > 1 ? " ×\(c.count)" : ""
            return "\(sign)\(days) \(unit): \(factorName(c.factor, language))\(count) (×\(multiplier), \(evidenceName(c.evidence, language)))"
        }
    }

    /// The estimate in one sentence.
    public static func summary(_ e: HealingEstimate, sessionDate: LocalDate, _ language: Language) -> String {
        let nl = language == .nlNL
        if let healed = e.healedOnDay {
            let date = sessionDate.adding(days: healed).text(language)
            return nl ? "Genezen volgens de check-in van dag \(healed) (\(date))."
                      : "Healed, as the check-in of day \(healed) (\(date)) confirmed."
        }
        let likely = sessionDate.adding(days: e.mostLikelyDays).text(language)
        return nl
            ? "Waarschijnlijk genezen rond dag \(e.mostLikelyDays) (\(likely)); de helft van vergelijkbare cliënten geneest tussen dag \(e.lowerDays) en dag \(e.upperDays)."
            : "Most likely healed by day \(e.mostLikelyDays) (\(likely)); half of clients like you heal between day \(e.lowerDays) and day \(e.upperDays)."
    }
}
