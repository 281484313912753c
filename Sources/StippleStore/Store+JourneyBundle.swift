import Foundation
import SQLKit
import StippleCore

/// A journey with the clinic, client and session it belongs to: what every journey request needs.
public struct JourneyBundle: Sendable {
    public var journey: JourneyRecord
    public var clinic: Clinic
    public var client: ClientRecord
    public var session: TreatmentSession
    /// Read only when asked for (`withCheckIns`), oldest first, with their photos.
    public var checkIns: [StoredCheckIn] = []
    public var photos: [StoredPhoto] = []
}

extension Store {
    /// The journey and its clinic, client and session, and with `withCheckIns` its check-ins and
    /// their photos, in one query read column by column: this is the read behind every journey
    /// page and check-in, so it avoids both extra round trips and `Decodable` row decoding. The
    /// four-table join is the view `journey_bundles` (`CreateJourneyBundleView`): SQLite parses a
    /// view once with the schema, where a long statement was parsed again on every request.
    public func journeyBundle(_ id: UUID, withCheckIns: Bool = false) async throws -> JourneyBundle? {
        let prepared = withCheckIns ? try await preparedRows(JourneyBundleByID<WithCheckIns>(id: id))
                                    : try await preparedRows(JourneyBundleByID<WithoutCheckIns>(id: id))
        if let prepared { return try Self.bundle(prepared, withCheckIns: withCheckIns) }
        let rows = try await sql.raw("""
            SELECT b.*\(unsafeRaw: withCheckIns ? Self.checkInColumns : "")
            FROM journey_bundles b\(unsafeRaw: withCheckIns ? Self.checkInJoins : "")
            WHERE b.j_id = \(bind: id)
            \(unsafeRaw: withCheckIns ? Self.checkInOrder : "")
            """).all()
        return try Self.bundle(rows, withCheckIns: withCheckIns)
    }

    /// The same for the journey a client's link opens: unrevoked and unexpired at `now`.
    public func journeyBundle(linkHash: String, now: Date, withCheckIns: Bool = false) async throws -> JourneyBundle? {
        let prepared = withCheckIns ? try await preparedRows(JourneyBundleByLink<WithCheckIns>(hash: linkHash, now: now))
                                    : try await preparedRows(JourneyBundleByLink<WithoutCheckIns>(hash: linkHash, now: now))
        if let prepared { return try Self.bundle(prepared, withCheckIns: withCheckIns) }
        let rows = try await sql.raw("""
            SELECT b.*\(unsafeRaw: withCheckIns ? Self.checkInColumns : "")
            FROM journey_links l
            JOIN journey_bundles b ON b.j_id = l.journey_id\(unsafeRaw: withCheckIns ? Self.checkInJoins : "")
            WHERE l.token_hash = \(bind: linkHash) AND l.revoked_at IS NULL AND l.expires_at > \(bind: now)
            \(unsafeRaw: withCheckIns ? Self.checkInOrder : "")
            """).all()
        return try Self.bundle(rows, withCheckIns: withCheckIns)
    }

    static let checkInColumns = """
        ,
               ci.id AS ci_id, ci.journey_id AS ci_journey_id, ci.day AS ci_day, ci.recorded_at AS ci_recorded_at,
               ci.answers AS ci_answers, ci.tier AS ci_tier, ci.score AS ci_score, a.acknowledged_at AS ci_seen_at,
               p.id AS p_id, p.check_in_id AS p_check_in_id, p.view AS p_view, p.sha256 AS p_sha256,
               p.content_type AS p_content_type, p.width AS p_width, p.height AS p_height, p.byte_count AS p_byte_count
        """
    static let checkInJoins = """

        LEFT JOIN check_ins ci ON ci.journey_id = b.j_id
        LEFT JOIN alerts a ON a.check_in_id = ci.id
        LEFT JOIN check_in_photos p ON p.check_in_id = ci.id
        """
    static let checkInOrder = "ORDER BY ci.day, ci.recorded_at, ci.id, p.view"

    static func bundle(_ rows: [any SQLRow], withCheckIns: Bool) throws -> JourneyBundle? {
        guard let row = rows.first else { return nil }
        func v<T: Decodable>(_ column: String, _ type: T.Type = T.self) throws -> T { try row.decode(column: column, as: T.self) }

        let journey = JourneyRecord(
            id: try v("j_id"), sessionID: try v("j_session_id"), clientID: try v("j_client_id"),
            clinicID: try v("j_clinic_id"),
            sessionDate: LocalDate(iso: try v("j_session_date")) ?? LocalDate(dayNumber: 0),
            timeZone: try v("j_time_zone"), protocolVersion: try v("j_protocol_version"))
        let clinic = Clinic(
            id: journey.clinicID, name: try v("c_name"), address: try v("c_address"), country: try v("c_country"),
            timeZone: try v("c_time_zone"), language: Language(rawValue: try v("c_language")) ?? .enGB,
            emergencyNumber: try v("c_emergency_number"), protocolVersion: try v("c_protocol_version"),
            phone: try v("c_phone"), email: try v("c_email"),
            reminders: ReminderSettings(sendHour: try v("c_reminder_hour"), missedHour: try v("c_missed_check_in_hour"),
                                        quietFrom: try v("c_quiet_from"), quietUntil: try v("c_quiet_until")))
        let client = ClientRecord(
            id: journey.clientID, clinicID: journey.clinicID, fullName: try v("k_full_name"),
            dateOfBirth: LocalDate(iso: try v("k_date_of_birth")) ?? LocalDate(dayNumber: 0),
            idCheckedBy: try v("k_id_checked_by"),
            idCheckedOn: LocalDate(iso: try v("k_id_checked_on")) ?? LocalDate(dayNumber: 0),
            email: try v("k_email"), phone: try v("k_phone"),
            hairLossCondition: HairLossCondition(rawValue: try v("k_hair_loss_condition")) ?? .patternBaldness,
            sex: (try v("k_sex", String?.self)).flatMap(ClientFactors.Sex.init(rawValue:)),
            skinType: try v("k_skin_type"), oilySkin: try v("k_oily_skin"), thickSkin: try v("k_thick_skin"),
            friction: Codecs.list(try v("k_friction")),
            screening: Codecs.decode(ScreeningAnswers.self, try v("k_screening")) ?? ScreeningAnswers(),
            funding: Funding(rawValue: try v("k_funding")) ?? .private, referral: try v("k_referral"),
            createdAt: (try v("k_created_at", Date?.self)) ?? Date(timeIntervalSince1970: 0))
        let session = TreatmentSession(
            id: journey.sessionID, clientID: journey.clientID, clinicID: journey.clinicID,
            technicianID: try v("s_technician_id"), sessionNumber: try v("s_session_number"),
            startedAt: try v("s_started_at"), endedAt: try v("s_ended_at"), zones: Codecs.list(try v("s_zones")),
            needleType: try v("s_needle_type"), needleSize: try v("s_needle_size"),
            depth: ClientFactors.NeedleDepth(rawValue: try v("s_depth")) ?? .standard, dotDensity: try v("s_dot_density"),
            pigmentProduct: try v("s_pigment_product"), pigmentBatch: try v("s_pigment_batch"),
            anaesthetic: try v("s_anaesthetic"),
            painRelief: (try v("s_pain_relief", String.self)).split(separator: ",").map(String.init),
            breaks: try v("s_breaks"), painReported: try v("s_pain_reported"),
            bleeding: Bleeding(rawValue: try v("s_bleeding")) ?? .minor, notes: try v("s_notes"))
        var bundle = JourneyBundle(journey: journey, clinic: clinic, client: client, session: session)
        guard withCheckIns else { return bundle }
        for row in rows {
            if let checkIn = CheckInRow.record(row, prefix: "ci_"), bundle.checkIns.last?.id != checkIn.id {
                bundle.checkIns.append(checkIn)
            }
            // A row without a photo has NULLs there, which do not decode.
            if let photo = try? PhotoRows.record(row, prefix: "p_") {
                bundle.photos.append(photo)
            }
        }
        return bundle
    }
}
