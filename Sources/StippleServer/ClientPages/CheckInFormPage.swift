import StippleCore
import Vapor

/// `/j/<token>/check-in`: the questionnaire, and the result of a check-in in plain words.
enum CheckInFormPage {
    /// `photosAllowed`: the client's consent to photos in the record is given; without it the
    /// form says so instead of offering uploads.
    static func render(_ context: JourneyContext, form: CheckInForm, token: String, protocol p: AftercareProtocol,
                       photosAllowed: Bool, status: HTTPStatus = .ok) -> Response {
        let language = context.clinic.language
        let t = ClientPageText(language: language)
        let q = CheckInQuestions(language: language)
        let allFields = q.choices.map(\.field) + ["temperatureC"] + ScalpView.allCases.map(CheckInQuestions.photoField)
        return ClientPageLayout.page(title: "\(q.title) · \(context.clinic.name)", lang: t.htmlLang, status: status) {
            el("p", .class("clinic-name")) { context.clinic.name }
            el("h1") { q.title }
            el("p") { q.lead }
            if !form.errors.isEmpty {
                el("section", .class("error-summary"), .init("role", "alert"), .aria("labelledby", "error-summary")) {
                    el("h2", .id("error-summary")) { q.errorSummary }
                    el("ul") {
                        allFields.filter { form.errors[$0] != nil }.map { field in
                            el("li") { el("a", .href("#\(field)")) { form.errors[field]! } }
                        }
                    }
                }
            }
            el("form", .init("method", "post"), .init("action", ClientRoute.submitCheckIn.path(token)),
               .init("enctype", "multipart/form-data"), .init("novalidate", nil)) {
                el("section") {
                    q.choices.map { choice in radioGroup(choice, form: form) }
                    temperature(q, form: form)
                }
                el("section") {
                    checkboxes(legend: q.symptomsLegend, ticks: q.symptoms, form: form)
                    checkboxes(legend: q.adherenceLegend, ticks: q.adherence, form: form)
                }
                el("section") {
                    if photosAllowed {
                        photoFields(q, language: language, form: form)
                    } else {
                        el("p", .class("hint"), .id("photos-not-kept")) { q.photosNotKept }
                    }
                }
                el("button", .class("button"), .type("submit")) { q.submit }
            }
            el("p") { el("a", .href(ClientRoute.today.path(token))) { t.backToToday } }
            ClientPageParts.emergency(context.clinic, t, protocol: p)
        }
    }

    private static func radioGroup(_ choice: CheckInQuestions.Choice, form: CheckInForm) -> HTMLNode {
        let error = form.errors[choice.field]
        let described = [choice.hint != nil ? "\(choice.field)-hint" : nil, error != nil ? "\(choice.field)-error" : nil]
            .compactMap { $0 }.joined(separator: " ")
        // A long numeric scale sits on a few lines rather than eleven.
        let isScale = choice.options.count > 4
        return el("fieldset", attributes: [.id(choice.field), isScale ? .class("scale") : nil,
                                           described.isEmpty ? nil : .aria("describedby", described)]) {
            el("legend") { choice.question }
            if let hint = choice.hint { el("p", .class("hint"), .id("\(choice.field)-hint")) { hint } }
            if let error { el("p", .class("error"), .id("\(choice.field)-error")) { error } }
            choice.options.map { option in
                el("label") {
                    el("input", attributes: [.type("radio"), .name(choice.field), .value(option.value),
                                             form.values[choice.field] == option.value ? .flag("checked") : nil])
                    option.label
                }
            }
        }
    }

    private static func temperature(_ q: CheckInQuestions, form: CheckInForm) -> HTMLNode {
        let error = form.errors["temperatureC"]
        return el("div", .class("field")) {
            el("label", .for("temperatureC"), .init("style", "font-weight:600")) { q.temperatureLabel }
            el("p", .class("hint"), .id("temperatureC-hint")) { q.temperatureHint }
            if let error { el("p", .class("error"), .id("temperatureC-error")) { error } }
            el("input", attributes: [
                .id("temperatureC"), .name("temperatureC"), .type("text"), .init("inputmode", "decimal"),
                .init("autocomplete", "off"), .value(form.values["temperatureC"] ?? ""),
                .aria("describedby", error == nil ? "temperatureC-hint" : "temperatureC-hint temperatureC-error"),
                error == nil ? nil : .aria("invalid", "true"),
            ])
        }
    }

    private static func photoFields(_ q: CheckInQuestions, language: Language, form: CheckInForm) -> HTMLNode {
        el("fieldset") {
            el("legend") { q.photosLegend }
            el("p", .class("hint")) { q.photosHint }
            ScalpView.allCases.map { view in
                let field = CheckInQuestions.photoField(view)
                let error = form.errors[field]
                return el("div", .class("field")) {
                    el("label", .for(field)) { view.name(language) }
                    if let error { el("p", .class("error"), .id("\(field)-error")) { error } }
                    el("input", attributes: [
                        .id(field), .name(field), .type("file"), .init("accept", "image/jpeg,image/png"),
                        error == nil ? nil : .aria("describedby", "\(field)-error"),
                        error == nil ? nil : .aria("invalid", "true"),
                    ])
                }
            }
        }
    }

    private static func checkboxes(legend: String, ticks: [CheckInQuestions.Tick], form: CheckInForm) -> HTMLNode {
        el("fieldset") {
            el("legend") { legend }
            ticks.map { tick in
                el("label") {
                    el("input", attributes: [.type("checkbox"), .name(tick.field), .value("on"),
                                             form.values[tick.field] != nil ? .flag("checked") : nil])
                    tick.label
                }
            }
        }
    }
}
