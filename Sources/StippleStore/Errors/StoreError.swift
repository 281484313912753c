import Foundation

/// A row just written and not found again: the database lost it, which no input can cause.
public struct StoreError: Error, CustomStringConvertible {
    public var description: String { "a row just written could not be read back" }
}
