import Foundation

/// Small inline-SVG drawing helpers: markup that is also well-formed XML, numbers printed with a
/// fixed precision, every mark with a `<title>` tooltip. No scripts, no external references.
enum SVG {
    /// Text escaped for XML content and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// An `<svg>` element of the given size holding `body`.
    static func document(width: Double, height: Double, label: String, body: [String]) -> String {
        "<svg class=\"chart\" width=\"\(number(width))\" height=\"\(number(height))\" "
            + "viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"\(escape(label))\">"
            + "<title>\(escape(label))</title>" + body.joined() + "</svg>"
    }

    static func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, tip: String? = nil, stroke: String? = nil
    ) -> String {
        let open =
            "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\" "
            + "fill=\"\(fill)\"" + (stroke.map { " stroke=\"\($0)\"" } ?? "")
        guard let tip else { return open + "/>" }
        return open + "><title>\(escape(tip))</title></rect>"
    }

    static func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 11,
        weight: String? = nil, fill: String? = nil
    ) -> String {
        let extra = (weight.map { " font-weight=\"\($0)\"" } ?? "") + (fill.map { " fill=\"\($0)\"" } ?? "")
        return "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\" "
            + "text-anchor=\"\(anchor)\"\(extra)>\(escape(content))</text>"
    }

    static func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#999", dashed: Bool = false,
        width: Double = 1
    ) -> String {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" "
            + "stroke=\"\(stroke)\" stroke-width=\"\(number(width))\"\(dashed ? " stroke-dasharray=\"4 3\"" : "")/>"
    }

    /// Fill colours per context origin, shared by every chart and its legend.
    static let colors: [String: String] = [
        "observed": "#2b8a3e", "synthetic": "#e8590c", "none": "#868e96", "all": "#4263eb",
    ]

    /// Line colours for prediction systems, in order of first appearance; baselines are grey and black.
    static let systemPalette = ["#4263eb", "#e8590c", "#2b8a3e", "#ae3ec9", "#1098ad", "#f08c00", "#c2255c"]

}
