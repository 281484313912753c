import PostgresNIO

/// A PostgreSQL refusal that says "try again", not "no": two transactions waited on each other
/// (deadlock) or could not be serialized. Racing inserts under an exclusion constraint can each
/// wait on the other's row; PostgreSQL then aborts one, and the retry sees the winner's row.
enum TransientConflict {
    static func matches(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] else { return false }
        return state == PostgresError.Code.deadlockDetected.raw || state == PostgresError.Code.serializationFailure.raw
    }
}
