import FluentPostgresDriver
import Foundation
import SQLKit
import StippleCore

/// A journey with the clinic, client and session it belongs to: what every journey request needs.
public struct JourneyBundle: Sendable, Equatable {
    /// How much of a journey a read brings: the photos are for the pages that show them.
    public enum Depth: String, Sendable, CaseIterable {
        case journey, checkIns, checkInsAndPhotos
    }

    public var journey: JourneyRecord
    public var clinic: Clinic
    public var client: ClientRecord
    public var session: TreatmentSession
    /// Read only as deep as asked for (`Depth`): the check-ins oldest first, and their photos.
    public var checkIns: [StoredCheckIn] = []
    public var photos: [StoredPhoto] = []
}

extension Store {
    /// The journey and its clinic, client and session, and as deep as `depth` asks its check-ins
    /// and their photos, in one query read column by column: this is the read behind every journey
    /// page and check-in, so it avoids both extra round trips and `Decodable` row decoding. The
    /// four-table join is the view `journey_bundles` (`CreateJourneyBundleView`). Each store runs
    /// it prepared: PostgreSQL as a prepared statement per connection, SQLite in a file through
    /// `SQLiteReadConnections` (see `JourneyBundleSQL`).
    public func journeyBundle(_ id: UUID, depth: JourneyBundle.Depth = .journey) async throws -> JourneyBundle? {
        let prepared: [any TypedRow]? = switch depth {
        case .journey: try await preparedRows(JourneyBundleByID<JourneyOnly>(id: id))
        case .checkIns: try await preparedRows(JourneyBundleByID<WithCheckIns>(id: id))
        case .checkInsAndPhotos: try await preparedRows(JourneyBundleByID<WithCheckInsAndPhotos>(id: id))
        }
        let rows = if let prepared { prepared } else {
            try await sqliteRows(JourneyBundleSQL.text(.id, depth: depth), [id])
        }
        return try Self.bundle(rows, depth: depth)
    }

    /// The same for the journey a client's link opens: unrevoked and unexpired at `now`. On
    /// PostgreSQL the reads of links that arrive together share their statements (`JourneyLinkReads`).
    public func journeyBundle(linkHash: String, now: Date, depth: JourneyBundle.Depth = .journey) async throws -> JourneyBundle? {
        guard db is any PostgresDatabase else {
            return try Self.bundle(try await sqliteRows(JourneyBundleSQL.text(.link, depth: depth), [linkHash, now]), depth: depth)
        }
        let load: ReadBatches<String, LinkRows>.Load = { hashes in try await linkRows(hashes, depth: depth) }
        let rows = if let linkReads {
            try await linkReads.batches(depth).value(for: linkHash, load: load)
        } else {
            try await load([linkHash])[linkHash]
        }
        // Each read takes its own rows apart: the batch's leader only sorts them.
        guard let rows else { return nil }
        let journey = PostgresRowValues(rows.journey, columns: rows.journeyColumns)
        guard try journey.date("l_expires_at") > now else { return nil }
        let checkIns = rows.checkInColumns.map { columns in rows.checkIns.map { PostgresRowValues($0, columns: columns) } } ?? []
        return try Self.bundle(journey: journey, checkIns: checkIns, depth: depth)
    }

    /// The journeys of these links, and as deep as asked their check-ins: two statements at once,
    /// on two connections, since in one join every check-in row repeated its journey's sixty
    /// columns, and one after the other doubled the batch's wait.
    func linkRows(_ hashes: [String], depth: JourneyBundle.Depth) async throws -> [String: LinkRows] {
        async let journeyRows = preparedPostgresRows(JourneysByLinks(hashes: hashes))
        let checkIns: [PostgresRow] = switch depth {
        case .journey: []
        case .checkIns: try await preparedPostgresRows(CheckInsOfLinks<WithCheckIns>(hashes: hashes)) ?? []
        case .checkInsAndPhotos: try await preparedPostgresRows(CheckInsOfLinks<WithCheckInsAndPhotos>(hashes: hashes)) ?? []
        }
        guard let journeys = try await journeyRows, let first = journeys.first else { return [:] }
        let journeyColumns = PostgresColumnIndex(first)
        let checkInColumns = checkIns.first.map(PostgresColumnIndex.init)
        // Both statements start with the link's hash.
        guard journeyColumns.positions["l_token_hash"] == 0, checkInColumns.map({ $0.positions["l_token_hash"] == 0 }) != false else {
            throw RowReadError(column: "l_token_hash", expected: "the first")
        }
        var checkInsByLink: [String: [PostgresRow]] = [:]
        for row in checkIns { checkInsByLink[try Self.firstString(row), default: []].append(row) }
        var byLink: [String: LinkRows] = [:]
        for row in journeys {
            let hash = try Self.firstString(row)
            byLink[hash] = LinkRows(journey: row, journeyColumns: journeyColumns, checkIns: checkInsByLink[hash] ?? [],
                                    checkInColumns: checkInColumns)
        }
        return byLink
    }

    private static func firstString(_ row: PostgresRow) throws -> String {
        guard let cell = row.first else { throw RowReadError(column: "l_token_hash", expected: "in the result") }
        return try cell.decode(String.self)
    }

    /// A link's journey row and its check-in rows, and where their columns are.
    struct LinkRows: Sendable {
        let journey: PostgresRow
        let journeyColumns: PostgresColumnIndex
        let checkIns: [PostgresRow]
        let checkInColumns: PostgresColumnIndex?
    }

    static func bundle(_ rows: [any TypedRow], depth: JourneyBundle.Depth) throws -> JourneyBundle? {
        guard let row = rows.first else { return nil }
        return try bundle(journey: row, checkIns: rows, depth: depth)
    }

    /// A journey from `row`, and its check-ins (and photos) from `rows`: the same rows when the
    /// read joined them, else rows of their own.
    static func bundle(journey row: any TypedRow, checkIns rows: [any TypedRow], depth: JourneyBundle.Depth) throws -> JourneyBundle {
        let journey = JourneyRecord(
            id: try row.uuid("j_id"), sessionID: try row.uuid("j_session_id"), clientID: try row.uuid("j_client_id"),
            clinicID: try row.uuid("j_clinic_id"),
            sessionDate: try storedDate(try row.string("j_session_date"), "journeys", "session_date"),
            timeZone: try row.string("j_time_zone"), protocolVersion: try row.string("j_protocol_version"))
        let clinic = Clinic(
            id: journey.clinicID, name: try row.string("c_name"), address: try row.string("c_address"),
            country: try row.string("c_country"), timeZone: try row.string("c_time_zone"),
            language: try storedValue(try row.string("c_language"), "clinics", "language"),
            emergencyNumber: try row.string("c_emergency_number"),
            urgentCareAdvice: try row.string("c_urgent_care_advice"), protocolVersion: try row.string("c_protocol_version"),
            phone: try row.optionalString("c_phone"), email: try row.optionalString("c_email"),
            reminders: ReminderSettings(sendHour: try row.int("c_reminder_hour"), missedHour: try row.int("c_missed_check_in_hour"),
                                        quietFrom: try row.int("c_quiet_from"), quietUntil: try row.int("c_quiet_until")))
        let client = ClientRecord(
            id: journey.clientID, clinicID: journey.clinicID, fullName: try row.string("k_full_name"),
            dateOfBirth: try storedDate(try row.string("k_date_of_birth"), "clients", "date_of_birth"),
            idCheckedBy: try row.uuid("k_id_checked_by"),
            idCheckedOn: try storedDate(try row.string("k_id_checked_on"), "clients", "id_checked_on"),
            email: try row.optionalString("k_email"), phone: try row.optionalString("k_phone"),
            hairLossCondition: try storedValue(try row.string("k_hair_loss_condition"), "clients", "hair_loss_condition"),
            sex: try storedValue(try row.optionalString("k_sex"), "clients", "sex"),
            skinType: try row.optionalInt("k_skin_type"), oilySkin: try row.bool("k_oily_skin"), thickSkin: try row.bool("k_thick_skin"),
            friction: try Codecs.list(try row.string("k_friction"), "clients", "friction"),
            screening: try StoredAnswers.screening(try row.string("k_screening")),
            funding: try storedValue(try row.string("k_funding"), "clients", "funding"), referral: try row.optionalString("k_referral"),
            createdAt: try row.date("k_created_at"))
        let session = TreatmentSession(
            id: journey.sessionID, clientID: journey.clientID, clinicID: journey.clinicID,
            technicianID: try row.uuid("s_technician_id"), sessionNumber: try row.int("s_session_number"),
            startedAt: try row.date("s_started_at"), endedAt: try row.date("s_ended_at"), zones: try Codecs.list(try row.string("s_zones"), "treatment_sessions", "zones"),
            needleType: try row.string("s_needle_type"), needleSize: try row.string("s_needle_size"),
            depth: try storedValue(try row.string("s_depth"), "treatment_sessions", "depth"),
            dotDensity: try row.optionalInt("s_dot_density"),
            pigmentProduct: try row.string("s_pigment_product"), pigmentBatch: try row.string("s_pigment_batch"),
            anaesthetic: try row.optionalString("s_anaesthetic"),
            painRelief: try row.string("s_pain_relief").split(separator: ",").map(String.init),
            breaks: try row.int("s_breaks"), painReported: try row.optionalInt("s_pain_reported"),
            bleeding: try storedValue(try row.string("s_bleeding"), "treatment_sessions", "bleeding"), notes: try row.optionalString("s_notes"))
        var bundle = JourneyBundle(journey: journey, clinic: clinic, client: client, session: session)
        guard depth != .journey else { return bundle }
        for row in rows {
            // A journey without check-ins has one row with NULLs there; so has a check-in without photos.
            if let checkIn = try CheckInRow.record(row, prefix: "ci_"), bundle.checkIns.last?.id != checkIn.id {
                bundle.checkIns.append(checkIn)
            }
            if depth == .checkInsAndPhotos, try !row.isNull("p_id") {
                bundle.photos.append(try PhotoRows.record(row, prefix: "p_"))
            }
        }
        return bundle
    }
}
