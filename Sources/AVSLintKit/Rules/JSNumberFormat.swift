/// Prints a number the way JavaScript's `Number.prototype.toString()` does
/// (ECMA-262 Number::toString): the shortest digits that round-trip, in
/// plain notation for decimal exponents -6 < n <= 21, otherwise as `d.ddde±x`.
public enum JSNumberFormat {
    /// The JavaScript text of a double: `1` for 1.0, `1e+21`, `1e-7`, `0` for -0,
    /// `NaN`, `Infinity`, `-Infinity`.
    public static func string(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return "0" }
        let negative = value < 0
        let (digits, n) = shortestDigits(abs(value))
        let k = digits.count
        var out = negative ? "-" : ""
        if k <= n && n <= 21 {
            out += digits + String(repeating: "0", count: n - k)
        } else if 0 < n && n <= 21 {
            out += String(digits.prefix(n)) + "." + String(digits.dropFirst(n))
        } else if -6 < n && n <= 0 {
            out += "0." + String(repeating: "0", count: -n) + digits
        } else {
            let e = n - 1
            let exponent = (e < 0 ? "-" : "+") + String(abs(e))
            if k == 1 {
                out += digits + "e" + exponent
            } else {
                out += String(digits.prefix(1)) + "." + String(digits.dropFirst(1)) + "e" + exponent
            }
        }
        return out
    }

    /// The JavaScript text of an exact source number: the nearest double, printed as above.
    public static func string(_ number: Number) -> String {
        string(number.doubleValue)
    }

    /// The shortest round-trip decimal digits of a positive finite double and
    /// the exponent n with value = 0.d1d2…dk × 10^n (ECMA-262's k and n).
    static func shortestDigits(_ value: Double) -> (digits: String, n: Int) {
        // Swift's description prints the shortest round-trip digits
        // ("1.0", "1e-07", "1.2345e+22", "123456789012.0").
        let text = value.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...].replacingPlus()) ?? 0
        }
        var intPart = mantissa
        var fracPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var all = Array(intPart + fracPart)
        // Point position: after intPart.count digits, shifted by the exponent.
        var point = intPart.count + exponent
        while let first = all.first, first == "0" {
            all.removeFirst()
            point -= 1
        }
        while let last = all.last, last == "0" { all.removeLast() }
        return (String(all), point)
    }
}

extension Substring {
    fileprivate func replacingPlus() -> Substring {
        first == "+" ? dropFirst() : self
    }
}
