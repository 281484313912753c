import Foundation

public struct SettingsError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
