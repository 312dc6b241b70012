/// The explicit tags the loader honours and how they resolve a node.
enum YAMLTag: Equatable {
    /// `!!str`, or the non-specific `!` on a scalar.
    case str
    /// `!!int`
    case int
    /// `!!float`
    case float
    /// `!!bool`
    case bool
    /// `!!null`
    case null
    /// `!!map`
    case map
    /// `!!seq`
    case seq
    /// The non-specific `!` (a string scalar, any collection).
    case nonSpecific

    /// The tag for libyaml's resolved tag text, or nil for a tag avslint does not know.
    init?(resolved: String) {
        let prefix = "tag:yaml.org,2002:"
        if resolved == "!" { self = .nonSpecific; return }
        guard resolved.hasPrefix(prefix) else { return nil }
        switch resolved.dropFirst(prefix.count) {
        case "str": self = .str
        case "int": self = .int
        case "float": self = .float
        case "bool": self = .bool
        case "null": self = .null
        case "map": self = .map
        case "seq": self = .seq
        default: return nil
        }
    }

    /// The short name used in messages (`!!int`).
    var name: String {
        switch self {
        case .str: return "!!str"
        case .int: return "!!int"
        case .float: return "!!float"
        case .bool: return "!!bool"
        case .null: return "!!null"
        case .map: return "!!map"
        case .seq: return "!!seq"
        case .nonSpecific: return "!"
        }
    }

    /// The value of a scalar with this tag, or nil when the text does not fit it.
    func resolve(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> ScalarValue? {
        switch self {
        case .str, .nonSpecific: return .string(text)
        case .int: return CoreSchema.integer(bytes, text: text).map(ScalarValue.number)
        case .float:
            return (CoreSchema.integer(bytes, text: text) ?? CoreSchema.float(bytes, text: text)).map(ScalarValue.number)
        case .bool: return CoreSchema.bool(bytes).map(ScalarValue.bool)
        case .null: return CoreSchema.isNull(bytes) ? .null : nil
        case .map, .seq: return nil
        }
    }
}

/// Finds a node's properties (`&anchor`, `!tag`) in the source text that
/// precedes its content: libyaml's start mark of a node with properties is
/// at the first property.
struct YAMLProperties {
    /// Byte range of the tag as written, if any.
    var tag: Range<Int>?
    /// The first byte of the content after the properties (at most `end`).
    var contentStart: Int

    /// Scans `bytes[start..<end]`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        var i = start
        var tag: Range<Int>?
        let end = min(end, bytes.count)
        scan: while i < end {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D:
                i += 1
            case UInt8(ascii: "#") where i > start:
                while i < end, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
            case UInt8(ascii: "&"), UInt8(ascii: "!"):
                let first = i
                let verbatim = bytes[i] == UInt8(ascii: "!") && i + 1 < end && bytes[i + 1] == UInt8(ascii: "<")
                while i < end {
                    let b = bytes[i]
                    if verbatim {
                        i += 1
                        if b == UInt8(ascii: ">") { break }
                    } else if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ",")
                        || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "{") || b == UInt8(ascii: "}") {
                        break
                    } else {
                        i += 1
                    }
                }
                if bytes[first] == UInt8(ascii: "!") { tag = first..<i }
            default:
                break scan
            }
        }
        self.tag = tag
        contentStart = min(i, end)
    }
}
