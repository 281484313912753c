import Foundation
@testable import StippleServer
import Testing

/// Pages written with `HTMLWriter`, directly or as node trees: escaped, closed, and whole
/// however long they grow.
@Suite struct HTMLWriterTests {
    private func rendered(_ node: HTMLNode) -> String { node.render() }

    private func written(_ write: (inout HTMLWriter) -> Void) -> String { String(buffer: HTMLWriter.bytes(write)) }

    @Test func elementsAttributesAndVoidElements() {
        let node = el("p", .class("lead"), .flag("hidden")) {
            "Day 4"
            el("br")
            el("input", .type("radio"), .name("pain"), .value("3"), .flag("checked"))
            el("a", .href("/j/T/check-in")) { "Check in" }
        }
        #expect(rendered(node) == #"<p class="lead" hidden>Day 4<br><input type="radio" name="pain" value="3" checked><a href="/j/T/check-in">Check in</a></p>"#)
    }

    @Test func textAndAttributeValuesAreEscaped() {
        let node = el("p", .init("title", #"5 > 3 & "quoted" 'too'"#)) { "<script>alert('x')</script> & more" }
        #expect(rendered(node) == "<p title=\"5 &gt; 3 &amp; &quot;quoted&quot; &#39;too&#39;\">"
            + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</p>")
    }

    @Test func multiByteTextRawAndFragments() {
        let node = HTMLNode.fragment([
            .raw("<!doctype html>"),
            el("h1") { "Dag 4 · korstjes — één" },
            .text(""),
            el("p") { "Lidocaïne <1%" },
            .fragment([]),
        ])
        #expect(rendered(node) == "<!doctype html><h1>Dag 4 · korstjes — één</h1><p>Lidocaïne &lt;1%</p>")
    }

    @Test func emptyPage() {
        #expect(rendered(.fragment([])) == "")
        #expect(rendered(.text("&")) == "&amp;")
        #expect(written { _ in } == "")
    }

    @Test func writtenDirectlyAsATreeWouldBe() {
        let direct = written { h in
            h.el("section", .class("a"), .aria("labelledby", "x"), .id("s")) { h in
                h.el("h2", .id("x"), text: "Wat \"vandaag\" normaal is")
                h.list(["rood & gezwollen", "<korstjes>"])
                h.void("br")
                h.el("a", nil, .href("/j/T?a=1&b=2"), text: "Nu inchecken")
                h.text("tail")
            }
        }
        let tree = rendered(el("section", .class("a"), .aria("labelledby", "x"), .id("s")) {
            el("h2", .id("x")) { "Wat \"vandaag\" normaal is" }
            el("ul") { el("li") { "rood & gezwollen" }; el("li") { "<korstjes>" } }
            el("br")
            el("a", .href("/j/T?a=1&b=2")) { "Nu inchecken" }
            "tail"
        })
        #expect(direct == tree)
        #expect(direct.contains(#"<a href="/j/T?a=1&amp;b=2">Nu inchecken</a>"#))
    }

    @Test func growsPastItsFirstCapacity() {
        // Longer than the first allocation, with escapes across the boundaries.
        let line = String(repeating: "scab <normal> & 'fine' · ", count: 2_000)
        var writer = HTMLWriter(capacity: 64)
        writer.el("p", text: line)
        writer.raw(line)
        let html = String(buffer: writer.buffer())
        let escaped = line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "'", with: "&#39;")
        #expect(html == "<p>" + escaped + "</p>" + line)
    }
}
