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
            var headers = HTTPHeaders()
            headers.contentType = .html
            return Response(status: .ok, headers: headers, body: .init(string: DocsPage.html))
        }
    }
}

enum DocsPage {
    static let html: String = {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        let rows = OpenAPIDocument.operations.map {
            "<tr><td><code>\($0.method)</code></td><td><code>\(escape($0.path))</code></td><td>\(escape($0.summary))</td></tr>"
        }.joined(separator: "\n")
        return """
        <!doctype html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Stipple API</title>
        <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}
        pre{background:#f4f4f4;padding:1rem;overflow-x:auto}</style></head>
        <body>
        <h1>Stipple API</h1>
        <p>Every <code>/api/v1</code> call needs <code>Authorization: Bearer &lt;token&gt;</code>. Errors have the body
        <code>{"error": {"code", "message", "field"}}</code>. The full OpenAPI 3.1 document is at
        <a href="/openapi.yaml">/openapi.yaml</a>.</p>
        <table><thead><tr><th>Method</th><th>Path</th><th>What it does</th></tr></thead><tbody>
        \(rows)
        </tbody></table>
        <h2>The document</h2>
        <pre>\(escape(OpenAPIDocument.yaml))</pre>
        </body></html>
        """
    }()
}
