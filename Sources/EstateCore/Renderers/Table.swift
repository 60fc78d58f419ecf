/// A rectangular result: named columns and rows of cells. Every view renders through one,
/// so `--format table|md|csv|json` means the same data in four shapes.
public struct Table: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable { case left, right }

    public struct Column: Sendable, Hashable {
        /// The machine name, used as the CSV header and JSON key (`purchase_cost_gbp`).
        public var key: String
        /// The human title, used in Markdown and terminal tables (`Purchase cost`).
        public var title: String
        public var alignment: Alignment

        public init(_ key: String, title: String? = nil, alignment: Alignment = .left) {
            self.key = key
            self.title = title ?? key
            self.alignment = alignment
        }
    }

    /// A cell: its plain value (CSV, JSON) and its display text (Markdown, terminal).
    public struct Cell: Sendable, Hashable, ExpressibleByStringLiteral {
        public enum Value: Sendable, Hashable {
            case text(String)
            case integer(Int64)
            /// A decimal number already formatted plainly (`1234.50`, `12.5`).
            case number(String)
            case empty
        }

        public var value: Value
        public var display: String

        public init(_ text: String?) {
            if let text, !text.isEmpty {
                value = .text(text)
                display = text
            } else {
                value = .empty
                display = ""
            }
        }

        public init(stringLiteral text: String) { self.init(text) }

        public init(_ integer: Int?) {
            if let integer {
                value = .integer(Int64(integer))
                display = Table.grouped(Int64(integer))
            } else {
                value = .empty
                display = ""
            }
        }

        public init(_ money: Money?) {
            if let money {
                value = .number(money.plain)
                display = money.wholePounds
            } else {
                value = .empty
                display = ""
            }
        }

        public init(_ date: LocalDate?) { self.init(date?.description) }

        /// A number with its plain form and its display form given separately (`12.5` shown as `12.5%`).
        public init(number plain: String, display: String) {
            value = .number(plain)
            self.display = display
        }

        /// The value as CSV and JSON write it.
        public var plain: String {
            switch value {
            case .text(let text): text
            case .integer(let integer): String(integer)
            case .number(let number): number
            case .empty: ""
            }
        }

        public var isNumeric: Bool {
            switch value {
            case .integer, .number: true
            default: false
            }
        }
    }

    public var columns: [Column]
    public var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "row has \(row.count) cells for \(columns.count) columns")
        rows.append(row)
    }

    static func grouped(_ value: Int64) -> String {
        (value < 0 ? "-" : "") + Money.grouped(value.magnitude)
    }
}
