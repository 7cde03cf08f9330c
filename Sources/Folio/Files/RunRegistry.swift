import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a render has under way that must not outlive it: notebook programs' process groups,
/// temporary folders, and half-written files. On SIGINT, SIGTERM or SIGHUP, `folio` ends them
/// all and exits 130, 143 or 129 (128 + the signal), as a shell reports a killed command.
public final class RunRegistry: @unchecked Sendable {
    public static let shared = RunRegistry()

    private let lock = NSLock()
    private var groups: Set<pid_t> = []
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []
    private var isInterrupted = false

    func add(group: pid_t) { lock.withLock { _ = groups.insert(group) } }
    func remove(group: pid_t) { lock.withLock { _ = groups.remove(group) } }
    /// A temporary folder or file to delete if the render is interrupted.
    public func add(path: String) { lock.withLock { _ = paths.insert(path) } }
    public func remove(path: String) { lock.withLock { _ = paths.remove(path) } }

    /// Installs the handlers; they run on a queue of their own, not in signal context.
    public func handleInterruptions() {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Glibc.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler { [self] in interrupted(by: signal) }
            source.resume()
            sources.append(source)
        }
    }

    /// Moves a finished file into place, unless the render has been interrupted: the signal
    /// handler kills the program, and the render's thread, seeing it die, would otherwise write
    /// a report of the killed run before the process exits. False when refused or failed.
    func moveIntoPlace(_ temporary: String, _ path: String) -> Bool {
        lock.withLock { !isInterrupted && rename(temporary, path) == 0 }
    }

    /// Blocks for good once an interruption is being handled, so that `folio` exits with the
    /// signal's status: the render's thread, seeing its program killed, may otherwise finish first
    /// and exit 1 or 2 while the handler is still deleting temporaries (seen on a loaded machine).
    public func waitIfInterrupted() {
        guard lock.withLock({ isInterrupted }) else { return }
        while true { pause() }
    }

    private func interrupted(by signal: Int32) -> Never {
        let (groups, paths) = lock.withLock {
            isInterrupted = true
            return (self.groups, self.paths)
        }
        for group in groups { _ = Glibc.kill(-group, SIGKILL) }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        exit(128 + signal)
    }
}
