import AVSLintKit
print(Embedded.files.map(\.path))
