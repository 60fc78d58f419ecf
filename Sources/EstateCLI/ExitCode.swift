/// How `estate` ends. Scripts can rely on these.
///
/// | code | meaning |
/// |---|---|
/// | 0 | success |
/// | 1 | failure: a file could not be read, the database could not be written |
/// | 2 | rows were rejected under `--strict`, so nothing was stored |
/// | 64 | usage: an unknown command or option, or a bad option value |
public enum ExitCode: Int32, Sendable {
    case success = 0
    case failure = 1
    case rejectedUnderStrict = 2
    case usage = 64
}
