import Foundation

/// Lines over a category axis (e.g. one point per week), on a round-stepped value axis, each point
/// with a tooltip; series may be dashed (baselines). Missing values break the line.
struct SVGLineChart {
    /// One line.
    struct Series {
        var name: String
        var color: String
        var dashed = false
        var values: [Double?]
        /// Tooltip per point.
        var tips: [String]
    }

    var label: String
    var categories: [String]
    var series: [Series]
    var unit: String

    static let width = 420.0
    static let height = 220.0
    static let left = 40.0
    static let right = 12.0
    static let top = 18.0
    static let bottom = 30.0

    /// The chart's `<svg>`.
    var svg: String {
        let values = series.flatMap { $0.values.compactMap { $0 } }
        let scale = NiceScale(minimum: values.min() ?? 0, maximum: values.max() ?? 1, ticks: 6)
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let spacing = plotWidth / Double(max(categories.count, 1))
        func x(_ index: Int) -> Double { Self.left + spacing * (Double(index) + 0.5) }
        func y(_ value: Double) -> Double { Self.top + plotHeight * (1 - scale.fraction(value)) }
        var marks: [String] = []
        for tick in scale.ticks {
            marks.append(
                SVG.line(x1: Self.left, y1: y(tick), x2: Self.width - Self.right, y2: y(tick), stroke: "#e9ecef"))
            marks.append(SVG.text(scale.label(tick), x: Self.left - 5, y: y(tick) + 4, anchor: "end", size: 11))
        }
        marks.append(SVG.text(unit, x: Self.left - 5, y: Self.top - 7, anchor: "start", size: 11))
        // Label every category when they fit, else every other one.
        let every = spacing >= 44 ? 1 : Int((44 / spacing).rounded(.up))
        for (index, category) in categories.enumerated() where index % every == 0 {
            marks.append(
                SVG.text(category, x: x(index), y: Self.height - Self.bottom + 16, anchor: "middle", size: 11))
        }
        marks.append(
            SVG.line(
                x1: Self.left, y1: Self.height - Self.bottom, x2: Self.width - Self.right,
                y2: Self.height - Self.bottom))
        for entry in series {
            var segment: [String] = []
            func flush() {
                if segment.count > 1 {
                    marks.append(
                        "<polyline fill=\"none\" stroke=\"\(entry.color)\" stroke-width=\"2\""
                            + (entry.dashed ? " stroke-dasharray=\"5 3\"" : "")
                            + " points=\"\(segment.joined(separator: " "))\"/>")
                }
                segment = []
            }
            for (index, value) in entry.values.enumerated() {
                guard let value else {
                    flush()
                    continue
                }
                segment.append("\(SVG.number(x(index))),\(SVG.number(y(value)))")
            }
            flush()
            for (index, value) in entry.values.enumerated() {
                guard let value else { continue }
                marks.append(
                    "<circle cx=\"\(SVG.number(x(index)))\" cy=\"\(SVG.number(y(value)))\" r=\"3\" "
                        + "fill=\"\(entry.color)\"><title>\(SVG.escape(entry.tips[index]))</title></circle>")
            }
        }
        return SVG.document(width: Self.width, height: Self.height, label: label, body: marks)
    }
}
