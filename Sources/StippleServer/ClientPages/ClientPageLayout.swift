import Vapor

/// The frame of every client page: one small inline style sheet (no extra request on a slow
/// phone), no scripts, and headers that keep the private link out of caches, referrers and
/// search engines.
enum ClientPageLayout {
    static func page(title: String, lang: String, status: HTTPStatus = .ok, @HTMLBuilder body: () -> [HTMLNode]) -> Response {
        let document = HTMLNode.fragment([
            .raw("<!doctype html>"),
            el("html", .lang(lang)) {
                el("head") {
                    el("meta", .init("charset", "utf-8"))
                    el("meta", .name("viewport"), .init("content", "width=device-width, initial-scale=1"))
                    el("meta", .name("robots"), .init("content", "noindex, nofollow"))
                    el("title") { title }
                    el("style") { HTMLNode.raw(style) }
                }
                el("body") {
                    el("main", .id("main")) { body() }
                }
            },
        ])
        return HTMLResponse.make(document, status: status, referrerPolicy: .noReferrer)
    }

    /// Colours keep at least 4.5:1 contrast on their backgrounds (WCAG AA).
    static let style = """
    *{box-sizing:border-box}
    body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#f6f5f2}
    main{max-width:40rem;margin:0 auto;padding:1rem}
    h1{font-size:1.6rem;line-height:1.2;margin:.5rem 0}
    h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
    section>h2:first-child,section>h1:first-child{margin-top:0}
    section{background:#fff;border-radius:12px;padding:1rem;margin:1rem 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
    ul,ol{padding-left:1.3rem;margin:.3rem 0}
    li{margin:.25rem 0}
    a{color:#0b57a4}
    .clinic-name{color:#4a4a4f;margin:0;font-size:.95rem}
    .stage{font-size:1.1rem;font-weight:600;margin:.2rem 0}
    .button{display:block;text-align:center;background:#0b57a4;color:#fff;font-weight:600;font-size:1.1rem;
      padding:.9rem 1rem;border-radius:10px;text-decoration:none;border:0;width:100%;cursor:pointer}
    .button:focus{outline:3px solid #f2a900;outline-offset:2px}
    .timeline li{padding:.35rem .5rem;border-radius:8px;list-style-position:inside}
    .timeline li[aria-current]{background:#e4eefa;font-weight:600}
    .muted{color:#4a4a4f}
    .emergency,.urgent-care{border:2px solid #b3261e}
    .emergency h2{color:#b3261e;margin-top:0}
    .call{display:inline-block;font-size:1.6rem;font-weight:700;color:#fff;background:#b3261e;padding:.5rem 1rem;
      border-radius:10px;text-decoration:none;margin:.3rem 0}
    .tier{border-left:8px solid #1e7b34}
    .tier-yellow{border-left-color:#8a6d00}
    .tier-amber{border-left-color:#b35900}
    .tier-red{border-left-color:#b3261e}
    fieldset{border:0;padding:0;margin:0 0 1.2rem}
    legend{font-weight:600;margin-bottom:.3rem;padding:0}
    label{display:block;padding:.35rem 0}
    .scale label{display:inline-block;min-width:4.2rem}
    input[type=radio],input[type=checkbox]{width:1.3rem;height:1.3rem;vertical-align:middle;margin-right:.5rem}
    input[type=number],input[type=file]{font-size:1rem;padding:.5rem;border:1px solid #6e6e73;border-radius:8px;width:100%;max-width:16rem}
    .error{color:#b3261e;font-weight:600;margin:.2rem 0}
    .seen{font-weight:600;color:#1e6b34}
    .error-summary{border:2px solid #b3261e}
    .hint{color:#4a4a4f;font-size:.95rem;margin:.1rem 0 .3rem}
    .photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(8rem,1fr));gap:.5rem}
    .photos img{width:100%;height:auto;border-radius:8px}
    figure{margin:0}
    svg{max-width:100%;height:auto}
    """
}
