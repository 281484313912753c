import FluentKit
import PostgresNIO
import SQLiteNIO

/// Which of the database's invariants refused a write. The invariants live in the schema
/// (unique indexes, PostgreSQL exclusion constraints) so that racing requests on several
/// instances cannot both pass a check; the store turns the refusal into a domain error.
enum ConstraintViolation: Equatable {
    /// A unique index: the row exists already.
    case unique
    /// A PostgreSQL exclusion constraint: the row overlaps one that exists.
    case exclusion

    init?(_ error: any Error) {
        if let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] {
            switch state {
            case PostgresError.Code.uniqueViolation.raw: self = .unique
            case PostgresError.Code.exclusionViolation.raw: self = .exclusion
            default: return nil
            }
        } else if let error = error as? SQLiteError {
            // Without extended result codes SQLite reports a plain `.constraint`; the message
            // says which kind.
            guard error.reason == .constraintUniqueFailed || error.reason == .constraintPrimaryKeyFailed
                    || (error.reason == .constraint && error.message.hasPrefix("UNIQUE constraint failed"))
            else { return nil }
            self = .unique
        } else {
            return nil
        }
    }
}
