import Foundation

public enum HealingEstimator {
    /// Estimates healing for `factors`, refined by the journey's check-ins so far.
    public static func estimate(
        _ factors: ClientFactors,
        checkIns: [CheckIn] = [],
        protocol p: AftercareProtocol
    ) -> HealingEstimate {
        let ordered = checkIns.count < 2 ? checkIns
            : checkIns.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
        var applied: [(HealingFactor, Int)] = activeFactors(factors)
        let lapses = aftercareLapses(ordered, protocol: p)
        if lapses > 0 { applied.append((.aftercareLapses, min(lapses, 4))) }
        if ordered.contains(where: { $0.scabsPicked == true }) { applied.append((.scabsPicked, 1)) }

        var days = HealingFactorTable.baseMostLikelyDays
        var widen = 1.0
        var contributions: [EstimateContribution] = []
        contributions.reserveCapacity(applied.count)
        for (factor, count) in applied {
            let effect = HealingFactorTable.effect(factor)
            let multiplier = pow(effect.multiplier, Double(count))
            let before = days
            days *= multiplier
            switch effect.evidence {
            case .strong: widen += HealingFactorTable.uncertaintyPerStrongFactor
            case .moderate: widen += HealingFactorTable.uncertaintyPerStrongFactor / 2
            case .weak: break
            }
            contributions.append(EstimateContribution(
                factor: factor, multiplier: multiplier, evidence: effect.evidence, count: count,
                days: ((days - before) * 10).rounded() / 10))
        }

        let floor = HealingFactorTable.minimumDays
        var likely = max(floor, Int(days.rounded()))
        var lower = max(floor, Int((days * HealingFactorTable.baseLowerDays / HealingFactorTable.baseMostLikelyDays / widen).rounded()))
        var upper = Int((days * HealingFactorTable.baseUpperDays / HealingFactorTable.baseMostLikelyDays * widen).rounded())
        lower = min(lower, likely)
        upper = max(upper, likely)

        let progress = ordered.isEmpty ? (stillHealingOnDay: nil, healedOnDay: nil) : healingProgress(ordered, factors: factors, protocol: p)
        if let d = progress.stillHealingOnDay {
            lower = max(lower, d + 1)
            likely = max(likely, d + 1)
            upper = max(upper, likely)
        }
        if let d = progress.healedOnDay {
            lower = d; likely = d; upper = d
        }
        return HealingEstimate(
            lowerDays: lower, mostLikelyDays: likely, upperDays: upper, contributions: contributions,
            stillHealingOnDay: progress.stillHealingOnDay, healedOnDay: progress.healedOnDay,
            tableVersion: HealingFactorTable.version)
    }

    /// The factors that apply to a client, each with how many times it counts.
    static func activeFactors(_ f: ClientFactors) -> [(HealingFactor, Int)] {
        var out: [(HealingFactor, Int)] = []
        out.reserveCapacity(HealingFactor.allCases.count)
        if let age = f.age, age >= 65 { out.append((.age65Plus, 1)) }
        if f.conditions.contains(.diabetes) { out.append((.diabetes, 1)) }
        if f.conditions.contains(.immunosuppression) { out.append((.immunosuppression, 1)) }
        if f.anticoagulants { out.append((.anticoagulants, 1)) }
        if f.conditions.contains(.scalpPsoriasisOrEczema) { out.append((.scalpPsoriasisOrEczema, 1)) }
        if f.conditions.contains(.keloidHistory) { out.append((.keloidHistory, 1)) }
        if f.conditions.contains(.scarTissue) { out.append((.scarTissue, 1)) }
        if f.sex == .male, let age = f.age, age >= HealingFactorTable.olderMaleFromAge { out.append((.olderMale, 1)) }
        if f.oilySkin { out.append((.oilySkin, 1)) }
        if f.thickSkin { out.append((.thickSkin, 1)) }
        if let type = f.skinType, type >= 5 { out.append((.darkerSkinType, 1)) }
        if f.zones.count > 1 { out.append((.largerArea, f.zones.count - 1)) }
        switch f.needleDepth {
        case .shallow?: out.append((.shallowNeedle, 1))
        case .deep?: out.append((.deepNeedle, 1))
        case .standard?, nil: break
        }
        if f.sessionNumber > 1 { out.append((.laterSession, 1)) }
        for risk in FrictionRisk.allCases where f.friction.contains(risk) {
            switch risk {
            case .hat: out.append((.hat, 1))
            case .helmet: out.append((.helmet, 1))
            case .sleepingPosition: out.append((.sleepingPosition, 1))
            }
        }
        return out
    }

    /// The number of distinct aftercare instructions the check-ins say were not followed.
    static func aftercareLapses(_ ordered: [CheckIn], protocol p: AftercareProtocol) -> Int {
        var breached = Set<String>()
        var previousDay: Int?
        for checkIn in ordered {
            let from = min(previousDay.map { $0 + 1 } ?? 0, checkIn.day)
            for item in p.aftercare {
                guard let answer = item.breachedBy, checkIn.answer(answer) == true,
                      item.overlaps(from...checkIn.day)
                else { continue }
                breached.insert(item.id)
            }
            previousDay = checkIn.day
        }
        return breached.count
    }

    /// The last day still showing scabs or redness, and the day healing was confirmed: the
    /// first green check-in with no scabs and no redness that no later check-in contradicts.
    static func healingProgress(
        _ ordered: [CheckIn], factors: ClientFactors, protocol p: AftercareProtocol
    ) -> (stillHealingOnDay: Int?, healedOnDay: Int?) {
        var still: Int?
        var healed: Int?
        for (i, checkIn) in ordered.enumerated() {
            let result = Triage.assess(checkIn, previous: Array(ordered[..<i]), risk: factors.riskProfile, protocol: p)
            if result.confirmsHealing {
                if healed == nil { healed = checkIn.day }
            } else if checkIn.scabs == true || (checkIn.redness ?? 0) > 0 || result.tier > .green {
                healed = nil
                if checkIn.scabs == true || (checkIn.redness ?? 0) > 0 { still = checkIn.day }
            }
        }
        return (still, healed)
    }
}
