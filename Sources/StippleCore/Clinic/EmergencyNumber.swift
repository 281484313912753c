/// The number a client calls in a medical emergency, by the clinic's country (ISO 3166-1 alpha-2).
public enum EmergencyNumber {
    /// The UK and the Crown Dependencies use 999; 112 works across the EU and in the UK too.
    public static func forCountry(_ code: String) -> String {
        switch code.uppercased() {
        case "GB", "UK", "JE", "GG", "IM": "999"
        default: "112"
        }
    }
}
