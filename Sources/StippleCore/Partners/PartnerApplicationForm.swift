import Foundation

/// A partner application as checked from its form: who, how to reach them, where they would
/// open, their experience, why, what they could invest, and their consent to be contacted.
public struct PartnerApplicationForm: Sendable, Equatable {
    public var fullName: String
    public var email: EmailAddress?
    public var phone: String?
    /// GB, JE or NL.
    public var country: String
    public var region: String
    public var experience: PartnerExperience
    public var motivation: String
    public var investment: InvestmentRange
    public var language: Language

    public static let countries = ["GB", "JE", "NL"]

    public init(fullName: String, email: EmailAddress?, phone: String?, country: String, region: String, experience: PartnerExperience,
                motivation: String, investment: InvestmentRange, language: Language) {
        self.fullName = fullName; self.email = email; self.phone = phone; self.country = country; self.region = region
        self.experience = experience; self.motivation = motivation; self.investment = investment; self.language = language
    }

    /// The application, or every field at fault (field, problem code) at once.
    public static func check(_ f: [String: String], language: Language) -> Result<PartnerApplicationForm, PartnerFormProblems> {
        var problems: [String] = []
        func line(_ name: String, max: Int) -> String? {
            let text = (f[name] ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, text.count <= max, !text.unicodeScalars.contains(where: PlainText.isControl) else {
                problems.append(name); return nil
            }
            return text
        }
        let name = line("fullName", max: 200)
        let emailText = (f["email"] ?? "").trimmingCharacters(in: .whitespaces)
        let phoneText = (f["phone"] ?? "").trimmingCharacters(in: .whitespaces)
        let email = emailText.isEmpty ? nil : try? EmailAddress(emailText)
        let phone = phoneText.isEmpty ? nil : try? PlainText.phone(phoneText)
        if emailText.isEmpty && phoneText.isEmpty { problems.append("email") }
        if !emailText.isEmpty && email == nil { problems.append("email") }
        if !phoneText.isEmpty && phone == nil { problems.append("phone") }
        let country = f["country"].flatMap { Self.countries.contains($0) ? $0 : nil }
        if country == nil { problems.append("country") }
        let region = line("region", max: 100)
        let experience = PartnerExperience(rawValue: f["experience"] ?? "")
        if experience == nil { problems.append("experience") }
        let motivation = (try? PlainText.note(f["motivation"], field: "motivation", maximum: 2000)) ?? nil
        if motivation == nil { problems.append("motivation") }
        let investment = InvestmentRange(rawValue: f["investment"] ?? "")
        if investment == nil { problems.append("investment") }
        if f["consent"] != "yes" { problems.append("consent") }
        guard problems.isEmpty, let name, let country, let region, let experience, let motivation, let investment else {
            return .failure(PartnerFormProblems(fields: problems))
        }
        return .success(PartnerApplicationForm(fullName: name, email: email, phone: phone, country: country, region: region,
                                               experience: experience, motivation: motivation, investment: investment,
                                               language: language))
    }
}
