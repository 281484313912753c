import Foundation

/// The staff pages' labelled form controls: each marks itself invalid and points at the form's
/// problem when the problem is its field, so a screen reader reads why.
enum FormControls {
    /// A text-like input in a paragraph of its own.
    static func input(_ name: String, _ label: String, _ value: String, type: String = "text", required: Bool = true,
                      maxLength: Int? = 100, problemField: String?, problemID: String, hint: String? = nil) -> HTMLNode {
        let wrong = problemField == name
        let described: String? = wrong ? problemID : hint == nil ? nil : "\(name)-hint"
        return el("p") {
            el("label", .for(name)) { label }
            if let hint { el("br"); el("span", .class("hint"), .id("\(name)-hint")) { hint } }
            el("input", attributes: [
                .type(type), .id(name), .name(name), .value(value), required ? .flag("required") : nil,
                maxLength.map { HTMLAttribute("maxlength", String($0)) },
                wrong ? .aria("invalid", "true") : nil,
                described.map { HTMLAttribute.aria("describedby", $0) },
            ])
        }
    }

    /// A choice of one, as a select in a paragraph of its own.
    static func select(_ name: String, _ label: String, _ options: [(value: String, title: String)], selected: String,
                       problemField: String?, problemID: String) -> HTMLNode {
        let wrong = problemField == name
        return el("p") {
            el("label", .for(name)) { label }
            el("select", attributes: [.id(name), .name(name), wrong ? .aria("invalid", "true") : nil,
                                      wrong ? .aria("describedby", problemID) : nil]) {
                for option in options {
                    el("option", attributes: [.value(option.value), option.value == selected ? .flag("selected") : nil]) { option.title }
                }
            }
        }
    }

    /// A choice of one, as radio buttons in a fieldset: large enough to touch.
    static func radios(_ name: String, _ legend: String, _ options: [(value: String, title: String)], selected: String?,
                       problemField: String?, problemID: String) -> HTMLNode {
        let wrong = problemField == name
        return el("fieldset", attributes: [.class("choices"), wrong ? .aria("describedby", problemID) : nil]) {
            el("legend") { legend }
            for option in options {
                el("label") {
                    el("input", attributes: [.type("radio"), .name(name), .value(option.value),
                                             option.value == selected ? .flag("checked") : nil])
                    " \(option.title)"
                }
            }
        }
    }
}
