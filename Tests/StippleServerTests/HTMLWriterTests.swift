import Foundation
@testable import StippleServer
import Testing

/// Pages as node trees, written out by `HTMLWriter`: escaped, closed, and whole however long
/// they grow.
@Suite struct HTMLWriterTests {
    private func rendered(_ node: HTMLNode) -> String { node.render() }

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
        #expect(String(buffer: HTMLWriter().buffer()) == "")
    }

    @Test func growsPastItsFirstCapacity() {
        // Longer than the first allocation, with escapes across the boundaries.
        let line = String(repeating: "scab <normal> & 'fine' · ", count: 2_000)
        var writer = HTMLWriter(capacity: 64)
        el("p") { line }.write(into: &writer)
        writer.raw(line)
        let html = String(buffer: writer.buffer())
        let escaped = line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "'", with: "&#39;")
        #expect(html == "<p>" + escaped + "</p>" + line)
    }
}
