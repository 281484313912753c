import StippleStore
import Vapor

/// A stored photo as an HTTP answer: never cached by shared caches, never sniffed as another type.
enum PhotoResponse {
    static func make(_ photo: StoredPhoto, req: Request) async throws -> Response {
        try await make(sha256: photo.sha256, contentType: photo.contentType, req: req)
    }

    static func make(sha256: String, contentType: String, req: Request) async throws -> Response {
        let files = PhotoFiles(directory: req.settings.photosDirectory, threadPool: req.application.threadPool)
        guard let data = try await files.read(sha256: sha256, contentType: contentType) else {
            throw APIError.notFound("photo")
        }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: contentType)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        return response
    }
}
