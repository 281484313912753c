import Foundation

/// A name typed to sign or confirm: it counts when it is the registered name, whatever the
/// case, accents and spacing (an electronic signature is valid where the signer means to
/// authenticate; typing one's own name does).
public enum TypedName {
    public static func matches(_ typed: String, _ registered: String) -> Bool {
        func folded(_ s: String) -> String {
            s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        return !folded(typed).isEmpty && folded(typed) == folded(registered)
    }
}
