/// JSX: elements, attributes, text and `{…}` expression containers.
///
/// A `<` where an expression may start opens JSX only when a look-ahead (a
/// copy of this tokenizer) reads a well-formed element up to the closing tag
/// of the same name: no stray `>` or `}` in text, nothing but names, `=`,
/// strings and containers in a tag. So `<T,>(x) => x` and `<T extends U>`
/// (TypeScript generics in a `.tsx` file) and a less-than that merely
/// follows an operator stay punctuators. Text is never read as strings,
/// so `<Text>Don't click</Text>` opens none.
extension JSTokenizer {
    /// Where reading of one JSX element stands.
    struct JSXState {
        /// The names (byte ranges; empty for a fragment) of the open elements, outermost first.
        var tags: [Range<Int>] = []
        /// True inside an opening tag (reading attributes), false in children.
        var inTag = false
    }

    /// What the look-aheads of one tokenizer and its copies share: the
    /// answers so far, by the offset of the `<`, and the bytes they may
    /// still read. A real element is looked ahead once and read once more,
    /// and its nested elements are answered from the table, so real code
    /// costs about twice its size; hostile nesting runs out of budget and
    /// reads every further `<` as an operator.
    final class JSXProbes {
        var answers: [Int: Bool] = [:]
        var budget: Int

        init(textLength: Int) {
            budget = 8 * textLength + 65_536
        }
    }

    /// Deepest nesting of look-aheads (a container holding JSX holding a
    /// container…) before a `<` is taken as an operator.
    static let maxProbeDepth = 24

    /// True when the `<` at `start` opens a well-formed JSX element.
    mutating func startsJSXElement(at start: Int) -> Bool {
        let next = byte(at: start + 1)
        guard JSTokenizer.isIdentifierStart(next) || next == UInt8(ascii: ">") || next >= 0x80 else { return false }
        if let known = probes.answers[start] { return known }
        guard probeDepth < JSTokenizer.maxProbeDepth, probes.budget > 0 else { return false }
        let answer = probe(at: start)
        probes.answers[start] = answer
        return answer
    }

    /// Reads a copy of this tokenizer through the element at `start`.
    private func probe(at start: Int) -> Bool {
        var probe = self
        probe.probeDepth += 1
        probe.collectComments = false
        probe.jsxBroken = false
        probe.jsxRoots += 1
        var token = probe.scanJSX(from: start, state: JSXState())
        probe.previous = token
        var read = start
        while probe.jsxRoots > jsxRoots {
            probes.budget -= probe.offset - read
            read = probe.offset
            if probe.jsxBroken || token.kind == .end || probes.budget <= 0 { return false }
            do throws(JSSyntaxError) {
                token = try probe.next()
            } catch {
                return false
            }
        }
        probes.budget -= probe.offset - read
        return !probe.jsxBroken
    }

    /// Reads JSX markup from `from` in `state`: up to the end of the
    /// outermost element (leaving JSX) or the `{` of a container (to
    /// resume at its `}`). Malformed markup ends the element where it
    /// stands and sets `jsxBroken`.
    mutating func scanJSX(from: Int, state initial: JSXState) -> JSToken {
        let tokenStart = offset
        var state = initial
        var o = from
        func finish(_ end: Int) -> JSToken {
            offset = end
            return JSToken(kind: .jsx, start: tokenStart, end: end)
        }
        func broken(_ end: Int) -> JSToken {
            jsxBroken = true
            jsxRoots -= 1
            return finish(min(end, limit))
        }
        while o < limit {
            let b = bytes[o]
            if state.inTag {
                switch b {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                    o += 1
                case UInt8(ascii: "/"):
                    guard byte(at: o + 1) == UInt8(ascii: ">") else { return broken(o) }
                    o += 2
                    state.tags.removeLast()
                    state.inTag = false
                    if state.tags.isEmpty {
                        jsxRoots -= 1
                        return finish(o)
                    }
                case UInt8(ascii: ">"):
                    o += 1
                    state.inTag = false
                case UInt8(ascii: "{"):
                    resumes.append((braceDepth, .jsx(state)))
                    return finish(o + 1)
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    var k = o + 1
                    while k < limit, bytes[k] != b { k += 1 }
                    guard k < limit else { return broken(k) }
                    o = k + 1
                case UInt8(ascii: "="):
                    o += 1
                default:
                    let end = nameEnd(from: o)
                    guard end > o else { return broken(o) }
                    o = end
                }
                continue
            }
            switch b {
            case UInt8(ascii: "{"):
                resumes.append((braceDepth, .jsx(state)))
                return finish(o + 1)
            case UInt8(ascii: ">"), UInt8(ascii: "}"):
                return broken(o)
            case UInt8(ascii: "<"):
                if byte(at: o + 1) == UInt8(ascii: "/") {
                    var k = skipJSXSpace(from: o + 2)
                    let nameStart = k
                    k = nameEnd(from: k)
                    let name = nameStart..<k
                    k = skipJSXSpace(from: k)
                    guard byte(at: k) == UInt8(ascii: ">"), let open = state.tags.last, sameName(open, name) else {
                        return broken(k)
                    }
                    o = k + 1
                    state.tags.removeLast()
                    if state.tags.isEmpty {
                        jsxRoots -= 1
                        return finish(o)
                    }
                } else {
                    let nameStart = skipJSXSpace(from: o + 1)
                    let end = nameEnd(from: nameStart)
                    // Only a fragment `<>` has no name.
                    guard end > nameStart || byte(at: nameStart) == UInt8(ascii: ">") else { return broken(nameStart) }
                    state.tags.append(nameStart..<end)
                    state.inTag = true
                    o = end
                }
            default:
                o += 1
            }
        }
        return broken(o)
    }

    /// Where a JSX name (`View`, `Taro.Button`, `xlink:href`, `data-id`) starting at `from` ends.
    private func nameEnd(from: Int) -> Int {
        var o = from
        while o < limit {
            let b = bytes[o]
            if JSTokenizer.isIdentifierPart(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".") || b >= 0x80 {
                o += 1
            } else {
                break
            }
        }
        return o
    }

    private func skipJSXSpace(from: Int) -> Int {
        var o = from
        while o < limit, bytes[o] == 0x20 || bytes[o] == 0x09 || bytes[o] == 0x0A || bytes[o] == 0x0D { o += 1 }
        return o
    }

    /// True when two name ranges hold the same bytes.
    private func sameName(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count where bytes[a.lowerBound + k] != bytes[b.lowerBound + k] { return false }
        return true
    }
}
