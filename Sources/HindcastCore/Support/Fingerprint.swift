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
            mix(0x00)
            mix(0x1f)
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
