/// A 64-bit FNV-1a-style hash over a sequence of values (text mixed eight bytes at a time),
/// printed as 16 hex digits. Used for
/// `input_fingerprint`: the same inputs give the same fingerprint on every machine. Not
/// cryptographic; it detects change, it does not resist tampering.
public struct Fingerprint: Sendable {
    private var stateValue: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Mixes in a string followed by a separator, so ("ab","c") and ("a","bc") differ.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            // Eight bytes at a time, then the tail byte by byte.
            var index = 0
            while index + 8 <= bytes.count {
                var word: UInt64 = 0
                for offset in 0..<8 { word |= UInt64(bytes[index + offset]) << (8 * offset) }
                stateValue ^= word
                stateValue = stateValue &* 0x0000_0100_0000_01b3
                stateValue ^= stateValue >> 29
                index += 8
            }
            while index < bytes.count {
                mix(bytes[index])
                index += 1
            }
        }
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

    /// The 64-bit state (for combining digests computed elsewhere).
    public var state: UInt64 { stateValue }

    /// Mixes in a 64-bit digest.
    public mutating func add(hash: UInt64) {
        mixWord(hash)
        mix(0x18)
    }

    /// Mixes in another fingerprint's state.
    public mutating func add(_ other: Fingerprint) {
        mixWord(other.stateValue)
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

    /// Mixes in raw bytes without the closing separator, for content read in pieces: the pieces
    /// followed by `add(bytes: [])` give the same fingerprint as `add(bytes:)` of the whole.
    public mutating func addPart(bytes: [UInt8]) {
        for byte in bytes { mix(byte) }
    }

    private mutating func mix(_ byte: UInt8) {
        stateValue ^= UInt64(byte)
        stateValue = stateValue &* 0x0000_0100_0000_01b3
    }

    /// The hash as 16 lowercase hex digits.
    public var hex: String {
        let digits = String(stateValue, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
