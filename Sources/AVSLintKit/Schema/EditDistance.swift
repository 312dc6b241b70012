/// Edit distances for "did you mean" suggestions.
public enum EditDistance {
    /// The optimal-string-alignment (restricted Damerau–Levenshtein)
    /// distance between `a` and `b`, compared case-insensitively by Unicode
    /// scalar.
    static func distance(_ a: String, _ b: String) -> Int {
        distance(folded(a), folded(b))
    }

    /// The scalars distances compare: lowercased.
    private static func folded(_ text: String) -> [Unicode.Scalar] {
        Array(text.lowercased().unicodeScalars)
    }

    private static func distance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }

    /// The one candidate within distance 2 of `word` that is closer than
    /// every other candidate, or nil when there is none or the closest is
    /// tied. A candidate must also share more than it differs (the distance
    /// is below both lengths), so `x` never suggests `id`.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        var best: String?
        var bestDistance = Int.max
        var tied = false
        let wordLength = word.unicodeScalars.count
        let x = folded(word)
        for candidate in candidates where candidate != word {
            let y = folded(candidate)
            // The distance is at least the difference in length: most candidates end here.
            guard abs(x.count - y.count) <= 2 else { continue }
            let d = distance(x, y)
            guard d <= 2, d < wordLength, d < candidate.unicodeScalars.count else { continue }
            if d < bestDistance {
                best = candidate
                bestDistance = d
                tied = false
            } else if d == bestDistance {
                tied = true
            }
        }
        return tied ? nil : best
    }
}
