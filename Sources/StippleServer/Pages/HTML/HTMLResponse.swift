import Vapor

/// A rendered page with the headers every page of the product carries: never cached, never
/// framed, no scripts or outside resources (CSP), kept out of search engines.
enum HTMLResponse {
    enum ReferrerPolicy: String {
        case noReferrer = "no-referrer", sameOrigin = "same-origin"
    }

    static func make(_ document: HTMLNode, status: HTTPStatus, referrerPolicy: ReferrerPolicy) -> Response {
        make(document.renderBuffer(), status: status, referrerPolicy: referrerPolicy)
    }

    static func make(_ page: ByteBuffer, status: HTTPStatus, referrerPolicy: ReferrerPolicy) -> Response {
        let headers = referrerPolicy == .noReferrer ? noReferrerHeaders : sameOriginHeaders
        return Response(status: status, headers: headers, body: .init(buffer: page))
    }

    /// A page of the public site: for search engines too, cached by browsers for a few minutes
    /// when `cacheable` (pages that list free times are not).
    static func publicPage(_ document: HTMLNode, status: HTTPStatus, cacheable: Bool) -> Response {
        var headers = cacheable ? cacheablePublicHeaders : publicHeaders
        if status != .ok { headers.replaceOrAdd(name: .cacheControl, value: "no-store") }
        return Response(status: status, headers: headers, body: .init(buffer: document.renderBuffer()))
    }

    private static let publicHeaders: HTTPHeaders = {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.add(name: .cacheControl, value: "no-store")
        headers.add(name: "Referrer-Policy", value: "strict-origin-when-cross-origin")
        headers.add(name: "X-Content-Type-Options", value: "nosniff")
        headers.add(name: "Content-Security-Policy", value: contentSecurityPolicy)
        return headers
    }()

    private static let cacheablePublicHeaders: HTTPHeaders = {
        var headers = publicHeaders
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return headers
    }()

    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    // Made once: setting them one by one searched the headers each time, on every page.
    private static let noReferrerHeaders = headers(.noReferrer)
    private static let sameOriginHeaders = headers(.sameOrigin)

    private static func headers(_ referrerPolicy: ReferrerPolicy) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.add(name: .cacheControl, value: "no-store")
        headers.add(name: "Referrer-Policy", value: referrerPolicy.rawValue)
        headers.add(name: "X-Robots-Tag", value: "noindex, nofollow")
        headers.add(name: "X-Content-Type-Options", value: "nosniff")
        headers.add(name: "Content-Security-Policy", value: contentSecurityPolicy)
        return headers
    }
}
