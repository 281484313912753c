import StippleCore
import Vapor

/// The public site's languages, as the first part of its addresses: `/en`, `/nl`.
enum SiteLanguage: String, CaseIterable, Sendable {
    case en, nl

    var language: Language { self == .nl ? .nlNL : .enGB }

    init(_ language: Language) { self = language == .nlNL ? .nl : .en }

    /// The page's language from its address; an unknown one is not a page.
    static func of(_ req: Request) throws -> SiteLanguage {
        guard let lang = req.parameters.get("lang").flatMap(SiteLanguage.init(rawValue:)) else { throw Abort(.notFound) }
        return lang
    }

    /// The language a visitor's browser asks for first, of the two (`Accept-Language`).
    static func preferred(_ req: Request) -> SiteLanguage {
        for part in req.headers.first(name: .acceptLanguage)?.split(separator: ",") ?? [] {
            let tag = part.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            if tag.hasPrefix("nl") { return .nl }
            if tag.hasPrefix("en") { return .en }
        }
        return .en
    }

    func t(_ en: String, _ nl: String) -> String { self == .nl ? nl : en }
}
