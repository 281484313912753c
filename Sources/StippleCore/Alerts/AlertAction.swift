import Foundation

/// What a person did about an alert before closing it.
public enum AlertAction: String, Sendable, Codable, CaseIterable {
    case calledClient = "called-client"
    case advisedGPOrPharmacist = "advised-gp-or-pharmacist"
    case referred
    case nothingNeeded = "nothing-needed"
}
