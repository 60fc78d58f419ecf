/// A Mermaid `xychart-beta` block: one x-axis of labels, bars and lines of numbers, a y-axis from 0 to a
/// little above the largest value. GitHub renders it in Markdown.
struct MermaidChart {
    var title: String
    var labels: [String]
    var yTitle: String
    var bars: [[Double]] = []
    var lines: [[Double]] = []
    /// Decimal places for the plotted values.
    var digits: Int = 0

    /// The fenced block, ending with a newline.
    var markdown: String {
        let top = (bars + lines).flatMap { $0 }.max() ?? 0
        let ceiling = Swift.max(1, (top * 1.1).rounded(.up))
        func series(_ values: [Double]) -> String {
            values.map { CarbonNumber.plain($0, digits: digits) }.joined(separator: ", ")
        }
        var out = [
            "```mermaid", "xychart-beta", "    title \"\(quoted(title))\"",
            "    x-axis [\(labels.map { "\"\(quoted($0))\"" }.joined(separator: ", "))]",
            "    y-axis \"\(quoted(yTitle))\" 0 --> \(CarbonNumber.plain(ceiling, digits: 0))",
        ]
        out += bars.map { "    bar [\(series($0))]" }
        out += lines.map { "    line [\(series($0))]" }
        out.append("```")
        return out.joined(separator: "\n") + "\n"
    }

    private func quoted(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "\"" && $0 != "\n" && $0 != "\r" }.map(Character.init))
    }
}
