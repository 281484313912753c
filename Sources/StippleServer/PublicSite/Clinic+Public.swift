import Foundation
import StippleStore

extension Clinic {
    /// The clinic's part of its public address: "Stipple Amsterdam" → `amsterdam`.
    var slug: String {
        var name = name.lowercased()
        if name.hasPrefix("stipple ") { name.removeFirst("stipple ".count) }
        let parts = name.split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        return parts.isEmpty ? id.uuidString.lowercased() : parts.joined(separator: "-")
    }

    /// A map search for the clinic's address.
    var mapLink: String {
        let query = "\(name), \(address)".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return "https://www.openstreetmap.org/search?query=\(query)"
    }
}
