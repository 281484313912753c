import Vapor

/// A rendered page with the headers every page of the product carries: never cached, never
/// framed, no scripts or outside resources (CSP), kept out of search engines.
enum HTMLResponse {
    static func make(_ document: HTMLNode, status: HTTPStatus, referrerPolicy: String) -> Response {
        let response = Response(status: status, body: .init(buffer: ByteBuffer(bytes: document.renderBytes())))
        response.headers.contentType = .html
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: referrerPolicy)
        response.headers.replaceOrAdd(name: "X-Robots-Tag", value: "noindex, nofollow")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(
            name: "Content-Security-Policy",
            value: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        return response
    }
}
