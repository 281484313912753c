/// Lines of CSV for the exports staff open in a spreadsheet.
enum CSVText {
    /// One line of fields, ended by CRLF (RFC 4180).
    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// RFC 4180 quoting, and a leading quote mark for text a spreadsheet would run as a formula.
    static func field(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@\t\r".contains(first) { v = "'" + v }
        guard v.contains(where: { ",\"\r\n".contains($0) }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
