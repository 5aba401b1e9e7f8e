import ArgumentParser

enum OutputFormat: String, EnumerableFlag {
    case table, csv, json, nl, markdown

    static func help(for value: OutputFormat) -> ArgumentHelp? {
        switch value {
        case .table: return "Aligned columns (the default)."
        case .csv: return "Comma-separated values with a header row."
        case .json: return "One JSON array of objects."
        case .nl: return "Newline-delimited JSON: one object per line."
        case .markdown: return "A Markdown table."
        }
    }
}

/// `--table | --csv | --json | --nl | --markdown`, mutually exclusive.
struct OutputOptions: ParsableArguments {
    @Flag(exclusivity: .exclusive)
    var format: OutputFormat = .table
}
