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

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, tip: String? = nil) -> String {
        let open =
            "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\" "
            + "fill=\"\(fill)\""
        guard let tip else { return open + "/>" }
        return open + "><title>\(escape(tip))</title></rect>"
    }

    static func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 11, rotate: Double? = nil
    ) -> String {
        let transform = rotate.map { " transform=\"rotate(\(number($0)) \(number(x)) \(number(y)))\"" } ?? ""
        return "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\" "
            + "text-anchor=\"\(anchor)\"\(transform)>\(escape(content))</text>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#999") -> String {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" "
            + "stroke=\"\(stroke)\" stroke-width=\"1\"/>"
    }

    /// Fill colours per context origin, shared by every chart and its legend.
    static let colors: [String: String] = [
        "observed": "#2b8a3e", "synthetic": "#e8590c", "none": "#868e96", "present": "#4263eb", "empty": "#f1f3f5",
    ]

    /// A legend row of coloured squares.
    static func legend(_ entries: [(String, String)]) -> String {
        entries.map { label, color in
            "<span class=\"key\"><span class=\"swatch\" style=\"background:\(color)\"></span>\(escape(label))</span>"
        }.joined(separator: " ")
    }

    /// Vertical grouped bars: one group per category, one bar per series; `nil` values are gaps.
    static func groupedBars(
        label: String, categories: [String], series: [(name: String, color: String, values: [Double?])],
        unit: String
    ) -> String {
        let plotHeight = 180.0
        let left = 44.0
        let barWidth = 18.0
        let longest = Double(categories.map(\.count).max() ?? 1)
        let groupWidth = max(Double(max(series.count, 1)) * barWidth + 14, longest * 6.5 + 10)
        let width = left + groupWidth * Double(max(categories.count, 1)) + 10
        let maximum = max(series.flatMap { $0.values.compactMap { $0 } }.max() ?? 1, 0.001)
        var body: [String] = []
        for tick in 0...4 {
            let value = maximum * Double(tick) / 4
            let y = 10 + plotHeight * (1 - Double(tick) / 4)
            body.append(line(x1: left - 4, y1: y, x2: width - 4, y2: y, stroke: "#e9ecef"))
            body.append(text(String(format: "%.1f", value), x: left - 6, y: y + 4, anchor: "end", size: 10))
        }
        for (index, category) in categories.enumerated() {
            let groupX = left + groupWidth * Double(index) + 7
            let barsX = groupX + (groupWidth - 14 - Double(series.count) * barWidth) / 2
            for (offset, entry) in series.enumerated() {
                guard let value = entry.values[index] else { continue }
                let height = plotHeight * value / maximum
                body.append(
                    rect(
                        x: barsX + Double(offset) * barWidth, y: 10 + plotHeight - height, width: barWidth - 2,
                        height: height, fill: entry.color,
                        tip: "\(category), \(entry.name): \(String(format: "%.2f", value)) \(unit)"))
            }
            body.append(
                text(category, x: groupX + groupWidth / 2 - 7, y: plotHeight + 26, anchor: "middle", size: 10))
        }
        body.append(line(x1: left - 4, y1: 10 + plotHeight, x2: width - 4, y2: 10 + plotHeight))
        body.append(text(unit, x: left + 2, y: 20, size: 10))
        return document(width: width, height: plotHeight + 40, label: label, body: body)
    }
}
