import ArgumentParser
import Foundation
import StippleCore

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

extension Language: ExpressibleByArgument {}
extension ClientFactors.Sex: ExpressibleByArgument {}
extension ClientFactors.NeedleDepth: ExpressibleByArgument {}
extension TriageTier: ExpressibleByArgument {}
