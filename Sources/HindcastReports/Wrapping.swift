/// Breaks long text into lines that fit a width, at spaces.
public enum Wrapping {
    /// `text` in lines of at most `width` characters (a longer word gets a line of its own), the
    /// first keeping `text`'s leading spaces, each continuation line starting with `indent`.
    public static func lines(_ text: String, width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        let lead = String(text.prefix { $0 == " " })
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? lead + word : current + " " + word
            if candidate.count > width && !current.isEmpty {
                lines.append(current)
                current = indent + word
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
