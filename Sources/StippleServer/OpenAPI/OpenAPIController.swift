import Foundation
import Vapor

/// `/openapi.yaml` (the document) and `/docs` (the same, readable in a browser, without
/// JavaScript or anything fetched from elsewhere).
struct OpenAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("openapi.yaml") { _ -> Response in
            var headers = HTTPHeaders()
            headers.contentType = HTTPMediaType(type: "application", subType: "yaml", parameters: ["charset": "utf-8"])
            return Response(status: .ok, headers: headers, body: .init(string: OpenAPIDocument.yaml))
        }
        routes.get("docs") { _ -> Response in
            HTMLResponse.make(ByteBuffer(string: DocsPage.html), status: .ok, referrerPolicy: .sameOrigin)
        }
    }
}
