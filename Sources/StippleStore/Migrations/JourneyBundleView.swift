import FluentKit
import SQLKit

/// The `journey_bundles` view's definition: a journey joined with its clinic, client and session,
/// one prefixed column each (`j_`, `c_`, `k_`, `s_`), read by `Store.journeyBundle`. Each
/// migration that changes the view builds it from here, with the columns of its time.
enum JourneyBundleView {
    /// `withUrgentCareAdvice`: the clinic's urgent-care advice (`AddUrgentCareRouting` on).
    static func create(withUrgentCareAdvice: Bool) -> String {
        let urgentCare = withUrgentCareAdvice ? "\n                   c.urgent_care_advice AS c_urgent_care_advice," : ""
        return """
            CREATE VIEW journey_bundles AS
            SELECT j.id AS j_id, j.session_id AS j_session_id, j.client_id AS j_client_id, j.clinic_id AS j_clinic_id,
                   j.session_date AS j_session_date, j.time_zone AS j_time_zone, j.protocol_version AS j_protocol_version,
                   c.name AS c_name, c.address AS c_address, c.country AS c_country, c.time_zone AS c_time_zone,
                   c.language AS c_language, c.emergency_number AS c_emergency_number,\(urgentCare)
                   c.protocol_version AS c_protocol_version, c.phone AS c_phone, c.email AS c_email,
                   c.reminder_hour AS c_reminder_hour, c.missed_check_in_hour AS c_missed_check_in_hour,
                   c.quiet_from AS c_quiet_from, c.quiet_until AS c_quiet_until,
                   k.id_checked_by AS k_id_checked_by, k.full_name AS k_full_name, k.date_of_birth AS k_date_of_birth,
                   k.id_checked_on AS k_id_checked_on, k.email AS k_email, k.phone AS k_phone,
                   k.hair_loss_condition AS k_hair_loss_condition, k.sex AS k_sex, k.skin_type AS k_skin_type,
                   k.oily_skin AS k_oily_skin, k.thick_skin AS k_thick_skin, k.friction AS k_friction,
                   k.screening AS k_screening, k.funding AS k_funding, k.referral AS k_referral,
                   k.created_at AS k_created_at,
                   s.technician_id AS s_technician_id, s.session_number AS s_session_number,
                   s.started_at AS s_started_at, s.ended_at AS s_ended_at, s.zones AS s_zones,
                   s.needle_type AS s_needle_type, s.needle_size AS s_needle_size, s.depth AS s_depth,
                   s.dot_density AS s_dot_density, s.pigment_product AS s_pigment_product,
                   s.pigment_batch AS s_pigment_batch, s.anaesthetic AS s_anaesthetic, s.pain_relief AS s_pain_relief,
                   s.breaks AS s_breaks, s.pain_reported AS s_pain_reported, s.bleeding AS s_bleeding, s.notes AS s_notes
            FROM journeys j
            JOIN clinics c ON c.id = j.clinic_id
            JOIN clients k ON k.id = j.client_id
            JOIN treatment_sessions s ON s.id = j.session_id
            """
    }
}
