import Foundation

/// The API's operations and its document, for a reader in a browser.
enum DocsPage {
    static let html: String = HTMLNode.fragment([
        .raw("<!doctype html>"),
        el("html", .lang("en-GB")) {
            el("head") {
                el("meta", .init("charset", "utf-8"))
                el("meta", .name("viewport"), .init("content", "width=device-width, initial-scale=1"))
                el("title") { "Stipple API" }
                el("style") { HTMLNode.raw(style) }
            }
            el("body") {
                el("h1") { "Stipple API" }
                el("p") {
                    "Every "; el("code") { "/api/v1" }; " call needs "; el("code") { "Authorization: Bearer <token>" }
                    ". Errors have the body "; el("code") { #"{"error": {"code", "message", "field"}}"# }
                    ". The full OpenAPI 3.1 document is at "; el("a", .href("/openapi.yaml")) { "/openapi.yaml" }; "."
                }
                el("table") {
                    el("thead") { el("tr") { el("th") { "Method" }; el("th") { "Path" }; el("th") { "What it does" } } }
                    el("tbody") {
                        for operation in OpenAPIDocument.operations {
                            el("tr") {
                                el("td") { el("code") { operation.method } }
                                el("td") { el("code") { operation.path } }
                                el("td") { operation.summary }
                            }
                        }
                    }
                }
                el("h2") { "The document" }
                el("pre") { OpenAPIDocument.yaml }
            }
        },
    ]).render()

    private static let style = """
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}
        pre{background:#f4f4f4;padding:1rem;overflow-x:auto}
        """
}
