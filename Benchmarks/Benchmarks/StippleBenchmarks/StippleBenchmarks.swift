import Benchmark
import StippleCore

/// The engine's hot paths: what the server runs on every journey page and every check-in.
let benchmarks: @Sendable () -> Void = {
    // Each sample runs 1,000 iterations and the starred metrics are per iteration, so the
    // harness's own cost (about 0.3 µs and 16 allocations a sample) is spread thin.
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
        scalingFactor: .kilo,
        maxDuration: .seconds(3),
        maxIterations: 10_000)

    let p = DefaultProtocol.protocolValue
    let session = LocalDate(iso: "2026-11-20")!
    // A client with several factors, so every branch of the estimate runs.
    let factors = ClientFactors(
        age: 67, sex: .male, skinType: 3, oilySkin: true, zones: [.hairline, .crown, .temples],
        needleDepth: .standard, sessionNumber: 1, friction: [.hat], conditions: [.diabetes],
        anticoagulants: true)
    // A realistic first week and a half: symptoms peak early and fade.
    let history: [CheckIn] = [
        CheckIn(day: 1, redness: 2, swelling: 2, pain: 4, heat: 1, discharge: .clear, scabs: false),
        CheckIn(day: 2, redness: 2, swelling: 1, pain: 3, heat: 1, discharge: .clear, scabs: false),
        CheckIn(day: 3, redness: 1, swelling: 1, pain: 3, heat: 1, scabs: true),
        CheckIn(day: 4, redness: 1, swelling: 1, pain: 2, scabs: true, washed: false),
        CheckIn(day: 5, redness: 1, swelling: 0, pain: 2, scabs: true),
        CheckIn(day: 6, redness: 1, pain: 1, scabs: true, sweated: false),
        CheckIn(day: 7, redness: 1, pain: 1, scabs: true),
        CheckIn(day: 8, redness: 0, pain: 1, scabs: true),
        CheckIn(day: 9, redness: 0, pain: 0, scabs: true),
        CheckIn(day: 10, redness: 0, pain: 0, scabs: true),
    ]
    let latest = CheckIn(day: 11, redness: 1, swelling: 0, pain: 2, heat: 1, discharge: .clear,
                         temperatureC: 37.4, scabs: true, washed: true)
    let risk = factors.riskProfile

    // What the harness itself costs per iteration, to read the others against.
    Benchmark("baseline: empty iteration") { benchmark in
        for i in benchmark.scaledIterations { blackHole(i) }
    }

    // A fixed yardstick of plain Swift work: the figures in docs/PERFORMANCE.md are ratios to
    // it, taken in the same run, so they survive a noisy or different machine.
    let unsorted = (0..<1_000).map { ($0 &* 7_919) % 1_000 }
    Benchmark("reference: sort 1,000 integers") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(unsorted.sorted())
        }
    }

    Benchmark("triage: one check-in with 10 earlier check-ins") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Triage.assess(latest, previous: history, risk: risk, protocol: p))
        }
    }

    Benchmark("estimate: client factors, no check-ins") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(HealingEstimator.estimate(factors, protocol: p))
        }
    }

    Benchmark("journey + estimate: timeline, today, estimate") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(HealingJourney(sessionDate: session, day: 5, timeZoneID: "Europe/London",
                                     factors: factors, protocol: p, language: .enGB))
        }
    }

    Benchmark("journey + estimate: with 10 check-ins") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(HealingJourney(sessionDate: session, day: 11, timeZoneID: "Europe/London",
                                     factors: factors, checkIns: history, protocol: p, language: .enGB))
        }
    }
}
