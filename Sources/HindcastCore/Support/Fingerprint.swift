/// A 64-bit FNV-1a hash over a sequence of values, printed as 16 hex digits. Used for
/// `input_fingerprint`: the same inputs give the same fingerprint on every machine. Not
/// cryptographic; it detects change, it does not resist tampering.
public struct Fingerprint: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Mixes in a string followed by a separator, so ("ab","c") and ("a","bc") differ.
    public mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0x1f)
    }

    /// Mixes in an optional value by its description; NULL is distinct from empty text.
    public mutating func add<T: CustomStringConvertible>(_ value: T?) {
        if let value {
            add(value.description)
        } else {
            addNull()
        }
    }

    /// Mixes in an integer by its 8 bytes (faster than its text); NULL is distinct from any value.
    public mutating func add(_ value: Int?) {
        guard let value else { return addNull() }
        mixWord(UInt64(bitPattern: Int64(value)))
        mix(0x1d)
    }

    /// Mixes in a number by its bit pattern (faster than its text); NULL is distinct from any value.
    public mutating func add(_ value: Double?) {
        guard let value else { return addNull() }
        mixWord(value.bitPattern)
        mix(0x1c)
    }

    /// Mixes in a flag; NULL is distinct from either value.
    public mutating func add(_ value: Bool?) {
        guard let value else { return addNull() }
        mix(value ? 0x01 : 0x02)
        mix(0x1b)
    }

    /// Mixes in a date by its day number.
    public mutating func add(_ date: GameDate) {
        mixWord(UInt64(bitPattern: Int64(date.dayNumber)))
        mix(0x1a)
    }

    /// Mixes in another fingerprint's state.
    public mutating func add(_ other: Fingerprint) {
        mixWord(other.state)
        mix(0x19)
    }

    private mutating func addNull() {
        mix(0x00)
        mix(0x1f)
    }

    private mutating func mixWord(_ word: UInt64) {
        var value = word
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
    }

    /// Mixes in raw bytes.
    public mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes { mix(byte) }
        mix(0x1e)
    }

    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01b3
    }

    /// The hash as 16 lowercase hex digits.
    public var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
