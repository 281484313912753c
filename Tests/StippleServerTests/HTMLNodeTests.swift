@testable import StippleServer
import Testing

/// Pages are counted before they are written: the count must be exact for every kind of node.
@Suite struct HTMLNodeTests {
    private func rendered(_ node: HTMLNode) -> String {
        let html = node.render()
        #expect(node.byteCount == html.utf8.count)
        return html
    }

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
    }
}
