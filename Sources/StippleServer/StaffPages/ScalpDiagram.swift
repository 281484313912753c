import StippleCore

/// The scalp seen from above, face at the top (the client's left on the left), as small inline
/// SVGs: each zone's checkbox label carries the head with its zone filled, so the tap target is
/// large and the diagram needs no script. Decorative: the label's words name the zone.
enum ScalpDiagram {
    static func head(highlighting zone: TreatmentZone) -> HTMLNode {
        let regions = TreatmentZone.charted.compactMap { z in path(z).map { (z, $0) } }
        var svg = ##"<svg viewBox="0 0 100 110" width="72" height="80" aria-hidden="true" focusable="false" class="scalp">"##
        svg += ##"<ellipse cx="50" cy="56" rx="40" ry="50" fill="#f4e6d8" stroke="#6e6e73" stroke-width="1.5"/>"##
        svg += ##"<path d="M44,5 L50,0 L56,5" fill="none" stroke="#6e6e73" stroke-width="1.5"/>"##
        for (z, d) in regions {
            let on = z == zone
            svg += ##"<path d="\##(d)" fill="\##(on ? "#0b57a4" : "#e8d5c2")" stroke="#6e6e73" stroke-width="0.8"/>"##
        }
        if zone == .scar {
            svg += ##"<path d="M32,58 l6,-5 l6,5 l6,-5 l6,5 l6,-5 l6,5" fill="none" stroke="#b3261e" stroke-width="3"/>"##
        }
        svg += "</svg>"
        return .raw(svg)
    }

    /// Each zone's outline; the scar areas are drawn as a line over the others.
    private static func path(_ zone: TreatmentZone) -> String? {
        switch zone {
        case .hairline: "M18,28 Q50,0 82,28 L77,35 Q50,12 23,35 Z"
        case .front: "M23,35 Q50,12 77,35 L76,47 Q50,34 24,47 Z"
        case .leftTemple: "M11,42 Q12,33 18,28 L23,35 L24,47 Q17,51 11,54 Z"
        case .rightTemple: "M89,42 Q88,33 82,28 L77,35 L76,47 Q83,51 89,54 Z"
        case .midScalp: "M24,47 Q50,34 76,47 L77,68 Q50,59 23,68 Z"
        case .crown: "M23,68 Q50,59 77,68 Q76,88 50,91 Q24,88 23,68 Z"
        case .nape: "M27,93 Q50,99 73,93 Q66,104 50,106 Q34,104 27,93 Z"
        case .temples, .scar: nil
        }
    }
}
