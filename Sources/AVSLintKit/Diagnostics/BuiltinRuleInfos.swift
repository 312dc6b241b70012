/// Documentation of the findings that come from the loaders, the schema
/// validator, the configuration and the suppression machinery rather than
/// from rule files. `RuleRegistry` joins them with the rule files' rules.
public enum BuiltinRuleInfos {
    /// The loaders' and the machinery's own findings.
    public static let general: [RuleInfo] = table.map { entry in
        RuleInfo(id: entry.id, severity: entry.severity, summary: entry.summary, description: entry.description)
    } + [PageEntryCheck.info, signUnchecked]

    /// The general findings documented here, as a table.
    private static let table: [(id: String, severity: Severity, summary: String, description: String)] = [
        (BuiltinRule.syntaxError, .error, "the file cannot be read as YAML, JSON or JavaScript",
         "Fires on a YAML or JSON syntax error, invalid UTF-8 or an unknown YAML tag, at the first place the reader could not go on. The mini program never sees a config that does not parse. Fix the text at the position shown."),
        (BuiltinRule.duplicateKey, .error, "a mapping repeats a key; only the last one counts",
         "Fires at the second of two equal keys in one mapping, with the first as related location. JavaScript and most YAML readers keep the last value silently, so the first one is dead text that reviewers still trust. Remove or rename one of them."),
        (BuiltinRule.documentTooComplex, .error, "nesting, alias expansion or a key exceeds avslint's limits",
         "Fires when collections nest deeper than 1 000 levels, aliases expand to more than 100 000 nodes, or a key is longer than 64 kB. No launch config needs that; such a file is malformed or hostile. Simplify the file."),
        (BuiltinRule.unusedSuppression, .warning, "an avslint-disable comment suppresses nothing",
         "Fires at a suppression comment that matched no finding. A stale suppression would hide a future finding on that line. Remove the comment."),
        (LaunchShape.misspelledKeyRule, .error, "'udeskAvsMiniReferer' is misspelled",
         "Fires at a key of the root, or of the root's `extraData`, within two edits of `udeskAvsMiniReferer` (`udeskAvsMiniReferrer`, `udeskAvsMiniRefere`, `UdeskAvsMiniReferer`) when the real key is absent. The platform reads only the exact spelling, so the launch has no parameters at all. The rest of the document is checked as if the key were spelled right. Rename the key (`--fix` does)."),
        (NotALaunchConfig.rule, .warning, "a YAML or JSON file you named is not a launch config",
         "Fires once, at the first document, when none of the documents of a YAML or JSON file named on the command line is a launch config: no `udeskAvsMiniReferer` at the root or in `extraData`, no `appId` with a `path` to `pages/preIndex/index`, and no near miss of `udeskAvsMiniReferer`. Nothing in the file was checked. A folder walk skips such files silently, and so does `--skip-non-configs` for named files; name only launch configs, or pass that flag."),
        (BuiltinRule.schemaAssociation, .warning, "the schema a file names cannot be used",
         "Fires when a root `$schema` or a yaml-language-server modeline names a local file that cannot be read or compiled (warning), or a remote URL, which avslint never fetches (info). The embedded schema is used instead. Point it at a readable local schema file, or remove it."),
        (BuiltinRule.unknownRule, .error, "`.avslint.yaml` names a rule that does not exist",
         "Fires at a key of `rules:` in `.avslint.yaml` that is neither a rule id, a category glob like `navigate/*`, nor `*`. A misspelled id would leave the rule at its default level without a word. Use an id that `avslint rules` lists; the message suggests the nearest one."),
        (BuiltinRule.computedValues, .info, "a JavaScript launch config holds values computed at run time",
         "With `--verbose`, fires once per JavaScript file whose launch-config literals hold values avslint cannot resolve (a call, a parameter, a variable assigned twice). Checks skip those values, so a mistake there stays unseen. Move the value into a `const` initialised with a literal to have it checked."),
    ]

    /// The note of `miniprogram/sign-mismatch` when it has no secret: its
    /// own id, so its level is set apart from the check's.
    public static let signUnchecked = RuleInfo(id: BuiltinRule.signUnchecked, severity: .info,
        summary: "the launch signature was not checked: no secret",
        description: "Fires once per file with a mini-program launch config when the environment variable that `secret-env` names (default `UDESK_AVS_SECRET`) is unset, so `miniprogram/sign-mismatch` cannot recompute `sign`. It does not fire when `appId`, `path` or `extraData` are computed at run time. Set the variable in CI to have signatures checked, or turn this note off.")

    /// One id per schema keyword that can fail (`unknown-key` and
    /// `disallowed` stand for `additionalProperties`/`unevaluatedProperties`
    /// and a `false` subschema).
    public static let schema: [RuleInfo] = [
        ("type", "a value has the wrong type", "a phone number written as a number, a list where an object belongs"),
        ("enum", "a value is not one of the allowed ones", "`level: gold` where only `vip` and `normal` exist"),
        ("const", "a value differs from the one required", "a fixed value written differently"),
        ("required", "a required key is missing", "no `sdkToken` in `udeskAvsMiniReferer`"),
        ("unknown-key", "a key the platform does not read", "`surveyEndNavigate` for the platform's `surveryEndNavigate`"),
        ("disallowed", "a key that must not be present", "a key the schema forbids outright"),
        ("pattern", "a string does not have the required form", "a `customFields` key not shaped `<Type>Field_<n>`"),
        ("format", "a string is not in its declared format", "`email: not-an-email`"),
        ("minLength", "a string is too short", "an empty `sdkToken` or `path`"),
        ("maxLength", "a string is too long", "a string over its limit"),
        ("minimum", "a number is below its minimum", "`callTimes: -1`"),
        ("maximum", "a number is above its maximum", "a number over its limit"),
        ("exclusiveMinimum", "a number is not above its bound", "a number equal to or below the bound"),
        ("exclusiveMaximum", "a number is not below its bound", "a number equal to or above the bound"),
        ("multipleOf", "a number is not a multiple of the step", "a number between allowed steps"),
        ("minItems", "a list has too few items", "an empty list where one item is needed"),
        ("maxItems", "a list has too many items", "a list over its limit"),
        ("uniqueItems", "a list repeats an item", "the same organization id twice"),
        ("items", "a list holds an item it may not", "an extra item"),
        ("contains", "a list lacks a required kind of item", "no matching item"),
        ("minContains", "a list has too few matching items", "too few matching items"),
        ("maxContains", "a list has too many matching items", "too many matching items"),
        ("unevaluatedItems", "a list holds an item no schema allows", "an extra item"),
        ("minProperties", "an object has too few keys", "an empty object where keys are needed"),
        ("maxProperties", "an object has too many keys", "an object over its limit"),
        ("dependentRequired", "a key needs another key that is missing", "one key of a pair without the other"),
        ("not", "a value matches a shape it must not have", "a forbidden shape"),
        ("oneOf", "a value matches more than one allowed shape", "an ambiguous value"),
        ("ref", "a schema reference loops without reaching the value", "a broken custom schema"),
        ("depth", "a value nests too deeply to validate", "a value nested hundreds of levels deep"),
    ].map { keyword, summary, example in
        RuleInfo(id: BuiltinRule.schema(keyword), severity: .error, summary: summary,
                 description: "Fires when the launch-config schema's `\(keyword)` keyword fails (for example \(example)). The mini program reads the config as the schema describes it; anything else is ignored or misread without an error. Change the value or key at the position shown; `avslint schema` prints the schema, and an editor pointed at it completes and explains every field.")
    }

    /// Every built-in id: general ones, then schema ones.
    public static var all: [RuleInfo] { general + schema }
}
