import Foundation
import Yams

/// The API's OpenAPI 3.1 document: `Resources/openapi.yaml`, kept by hand beside the routes,
/// checked by `openapi-spec-validator` and exercised by schemathesis in CI. `OpenAPIAndDemoTests`
/// fails when a route is missing from it or it names a route that does not exist.
enum OpenAPIDocument {
    struct Operation: Hashable {
        var method: String
        var path: String
        var summary: String
    }

    /// The document's text. Read once; `configure` reads it at start, so a build shipped
    /// without its resources stops there rather than at the first request for it.
    static let yaml: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("openapi.yaml is missing: ship the Stipple_StippleServer resource bundle beside the binary") }
        return text
    }()

    /// Every operation under `paths`, with its summary.
    static let operations: [Operation] = {
        guard let document = try? Yams.load(yaml: yaml) as? [String: Any],
              let paths = document["paths"] as? [String: Any]
        else { fatalError("openapi.yaml is not a YAML map with paths") }
        var out: [Operation] = []
        for (path, item) in paths {
            for (method, operation) in (item as? [String: Any]) ?? [:] {
                guard let summary = (operation as? [String: Any])?["summary"] as? String else { continue }
                out.append(Operation(method: method.uppercased(), path: path, summary: summary))
            }
        }
        return out.sorted { ($0.path, $0.method) < ($1.path, $1.method) }
    }()
}
