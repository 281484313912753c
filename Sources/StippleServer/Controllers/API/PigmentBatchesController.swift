import Foundation
import StippleCore
import StippleStore
import Vapor

/// `/api/v1/clinics/{clinicID}/pigment-batches` and `/api/v1/pigment-batches/{batchID}`: the
/// clinic's batch register, recalls and the recall report (see `PigmentBatchRegister`).
struct PigmentBatchesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("clinics", ":clinicID", "pigment-batches", use: list)
        routes.post("clinics", ":clinicID", "pigment-batches", use: create)
        routes.get("pigment-batches", ":batchID", use: show)
        routes.post("pigment-batches", ":batchID", "recall", use: recall)
        routes.get("pigment-batches", ":batchID", "recall-report", use: report)
    }

    struct RecallInput: Decodable {
        var reason: String?
    }

    func list(req: Request) async throws -> [PigmentBatch] {
        let page = try Paging(req)
        let register = PigmentBatchRegister(store: req.store, now: req.now)
        let clinic = try await register.clinic(try req.uuid("clinicID"), for: try req.staff)
        return try await register.batches(of: clinic, limit: page.limit, offset: page.offset)
    }

    func create(req: Request) async throws -> Response {
        let register = PigmentBatchRegister(store: req.store, now: req.now)
        let staff = try req.staff
        let clinic = try await register.clinic(try req.uuid("clinicID"), for: staff)
        let batch = try await register.add(try req.decodeJSON(PigmentBatchInput.self), to: clinic, by: staff)
        req.auditNote(clientID: nil, clinicID: clinic.id, subjectID: batch.id)
        return try created(batch)
    }

    func show(req: Request) async throws -> PigmentBatch {
        let register = PigmentBatchRegister(store: req.store, now: req.now)
        let batch = try await register.batch(try req.uuid("batchID"), for: try req.staff)
        req.auditNote(clientID: nil, clinicID: batch.clinicID)
        return batch
    }

    func recall(req: Request) async throws -> PigmentBatch {
        let register = PigmentBatchRegister(store: req.store, now: req.now)
        let staff = try req.staff
        let batch = try await register.batch(try req.uuid("batchID"), for: staff)
        try PigmentBatchRegister.requireRecall(by: staff) // refused before the body is read
        let input = try req.decodeJSON(RecallInput.self)
        req.auditNote(clientID: nil, clinicID: batch.clinicID)
        return try await register.recall(batch, reason: input.reason, by: staff)
    }

    /// Every session treated with the batch, with how to reach its client.
    func report(req: Request) async throws -> [RecallReportLine] {
        let page = try Paging(req)
        let register = PigmentBatchRegister(store: req.store, now: req.now)
        let batch = try await register.batch(try req.uuid("batchID"), for: try req.staff)
        req.auditNote(clientID: nil, clinicID: batch.clinicID, detail: "recall report")
        return page.slice(try await register.report(batch))
    }
}

extension PigmentBatch: Content {}

extension RecallReportLine: Content {}
