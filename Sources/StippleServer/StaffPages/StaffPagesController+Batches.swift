import Foundation
import StippleCore
import StippleStore
import Vapor

// The pigment batch register, its recalls and the recall report (`PigmentBatchRegister`).
extension StaffPagesController {
    struct BatchFormInput: Content {
        var clinic: String?
        var product: String?
        var lot: String?
        var supplier: String?
        var expiresOn: String?
        var reason: String?
    }

    func batches(req: Request) async throws -> Response {
        let staff = try req.staff
        let register = PigmentBatchRegister(store: req.store, now: req.now)
        let clinic = try await register.clinic(try await Self.registerClinic(req, staff, req.query[String.self, at: "clinic"]), for: staff)
        req.auditNote(clinicID: clinic.id)
        let flash = StaffFlash.take(req)
        let page = try await renderBatches(req, staff: staff, clinic: clinic, notice: flash?.notice)
        return flash == nil ? page : StaffFlash.clear(page, req)
    }

    func addBatch(req: Request) async throws -> Response {
        let staff = try req.staff
        let register = PigmentBatchRegister(store: req.store, now: req.now)
        let input = (try? req.content.decode(BatchFormInput.self)) ?? BatchFormInput()
        let clinic = try await register.clinic(try await Self.registerClinic(req, staff, input.clinic), for: staff)
        req.auditNote(clinicID: clinic.id)
        var form = PigmentBatchesPage.Form(product: input.product ?? "", lot: input.lot ?? "", supplier: input.supplier ?? "",
                                           expiresOn: input.expiresOn ?? "")
        do {
            let batch = try await register.add(
                PigmentBatchInput(product: form.product, lot: form.lot, supplier: form.supplier, expiresOn: form.expiresOn),
                to: clinic, by: staff)
            req.auditNote(subjectID: batch.id, detail: "\(batch.product) lot \(batch.lot)")
            return StaffFlash(notice: "\(batch.product), lot \(batch.lot), is in the register.")
                .redirect(req, to: StaffRoute.batches.path() + "?clinic=\(clinic.id)")
        } catch {
            let api = APIErrorMiddleware.apiError(for: error)
            guard api.status.code < 500 else { throw error }
            form.problem = api.message.prefix(1).uppercased() + api.message.dropFirst() + "."
            form.field = api.field
            req.auditNote(detail: "refused: \(api.field ?? api.code)")
            return try await renderBatches(req, staff: staff, clinic: clinic, form: form, status: api.status)
        }
    }

    func recallBatch(req: Request) async throws -> Response {
        let staff = try req.staff
        let register = PigmentBatchRegister(store: req.store, now: req.now)
        let batch = try await register.batch(try? req.uuid("batchID"), for: staff)
        req.auditNote(clinicID: batch.clinicID)
        let input = (try? req.content.decode(BatchFormInput.self)) ?? BatchFormInput()
        do {
            let recalled = try await register.recall(batch, reason: input.reason, by: staff)
            req.auditNote(detail: "\(recalled.product) lot \(recalled.lot)")
            return StaffFlash(notice: "\(recalled.product), lot \(recalled.lot), is recalled. Below: every client treated with it.")
                .redirect(req, to: StaffRoute.recallReport.path(batch.id))
        } catch {
            let api = APIErrorMiddleware.apiError(for: error)
            guard api.status.code < 500, api.status != .forbidden else { throw error }
            guard let clinic = try await req.store.clinic(batch.clinicID) else { throw APIError.notFound("clinic") }
            var form = PigmentBatchesPage.Form()
            form.problem = api.message.prefix(1).uppercased() + api.message.dropFirst() + "."
            form.field = api.field
            form.recallBatch = batch.id
            req.auditNote(detail: "refused: \(api.field ?? api.code)")
            return try await renderBatches(req, staff: staff, clinic: clinic, form: form, status: api.status)
        }
    }

    func recallReport(req: Request) async throws -> Response {
        let staff = try req.staff
        let register = PigmentBatchRegister(store: req.store, now: req.now)
        let batch = try await register.batch(try? req.uuid("batchID"), for: staff)
        guard let clinic = try await req.store.clinic(batch.clinicID) else { throw APIError.notFound("clinic") }
        let lines = try await register.report(batch)
        req.auditNote(clinicID: clinic.id, detail: "recall report: \(lines.count) sessions")
        let flash = StaffFlash.take(req)
        let page = RecallReportPage.render(staff: staff, csrf: req.csrfToken, batch: batch, clinic: clinic, lines: lines,
                                           today: LocalDate(req.now, in: try clinic.zone()), notice: flash?.notice)
        return flash == nil ? page : StaffFlash.clear(page, req)
    }

    func recallReportCSV(req: Request) async throws -> Response {
        let staff = try req.staff
        let register = PigmentBatchRegister(store: req.store, now: req.now)
        let batch = try await register.batch(try? req.uuid("batchID"), for: staff)
        let lines = try await register.report(batch)
        req.auditNote(clinicID: batch.clinicID, action: .export, detail: "recall report: \(lines.count) sessions")
        let response = Response(status: .ok, body: .init(string: RecallReportPage.csvHeader + lines.map(RecallReportPage.csvLine).joined()))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"recall-\(batch.id).csv\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// The register's clinic: the person's own; an admin's is the one asked for, or the chain's first.
    private static func registerClinic(_ req: Request, _ staff: StaffMember, _ asked: String?) async throws -> UUID? {
        if staff.role != .admin { return staff.clinicID }
        if let asked, !asked.isEmpty {
            guard let id = UUID(uuidString: asked) else { throw badFilter("clinic", "must be a clinic of the list") }
            return id
        }
        return try await req.store.clinics(limit: 1, offset: 0).first?.id
    }

    private func renderBatches(_ req: Request, staff: StaffMember, clinic: Clinic, form: PigmentBatchesPage.Form = .init(),
                               notice: String? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let register = PigmentBatchRegister(store: req.store, now: req.now)
        let clinics = staff.role == .admin ? try await req.store.clinics(limit: 200, offset: 0) : [clinic]
        return PigmentBatchesPage.render(staff: staff, csrf: req.csrfToken, clinic: clinic, clinics: clinics,
                                         batches: try await register.batches(of: clinic),
                                         today: LocalDate(req.now, in: try clinic.zone()), form: form, notice: notice,
                                         status: status)
    }
}
