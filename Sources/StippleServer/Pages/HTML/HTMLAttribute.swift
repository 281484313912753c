
struct HTMLAttribute: Sendable {
    var name: String
    /// Nil for a boolean attribute written without a value (`required`, `checked`).
    var value: String?

    init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    static func `class`(_ value: String) -> HTMLAttribute { .init("class", value) }
    static func id(_ value: String) -> HTMLAttribute { .init("id", value) }
    static func href(_ value: String) -> HTMLAttribute { .init("href", value) }
    static func name(_ value: String) -> HTMLAttribute { .init("name", value) }
    static func type(_ value: String) -> HTMLAttribute { .init("type", value) }
    static func value(_ value: String) -> HTMLAttribute { .init("value", value) }
    static func `for`(_ value: String) -> HTMLAttribute { .init("for", value) }
    static func lang(_ value: String) -> HTMLAttribute { .init("lang", value) }
    static func aria(_ name: String, _ value: String) -> HTMLAttribute { .init("aria-" + name, value) }
    static func flag(_ name: String) -> HTMLAttribute { .init(name, nil) }
}
