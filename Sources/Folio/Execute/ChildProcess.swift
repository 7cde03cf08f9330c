#if canImport(Glibc)
import Glibc
#endif

/// A notebook program, started with posix_spawn and waited for with waitpid.
///
/// Foundation's `Process` reaps children on its own thread, and while a process the notebook
/// started in the background lives on, it reported the notebook itself as still running (seen
/// with `system("sleep 30 &")`: the render waited 30 s). Owning the pid makes "has it exited?"
/// a plain `waitpid(WNOHANG)`, and a kill can never reach a reused pid.
final class ChildProcess {
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    let pid: pid_t
    /// Read end of the pipe the child's standard output goes to.
    let output: Int32
    private(set) var ending: Ending?

    /// Starts `executable` with standard input from /dev/null, standard output into a pipe and
    /// standard error into `errorFile`.
    init(executable: String, environment: [String: String], errorFile: String) throws {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw SetupError("cannot create a pipe: errno \(errno)") }
        // Neither end may leak into the child beyond its standard output (dup2 clears the flag there).
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup(executable), nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.keys.sorted().map { strdup("\($0)=\(environment[$0]!)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        // Its own process group, so that a timeout or the end of the run reaches whatever the
        // notebook started too (`system("sleep 300 &")`), not only the program itself.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, arguments, variables)
        close(pipeEnds[1])
        guard status == 0 else {
            close(pipeEnds[0])
            throw SetupError("cannot start \(executable): errno \(status)")
        }
        pid = child
        output = pipeEnds[0]
        RunRegistry.shared.add(group: child)
    }

    deinit {
        close(output)
        if ending == nil {
            Glibc.kill(pid, SIGKILL)
            _ = waitForExit()
        }
        killGroup()
        RunRegistry.shared.remove(group: pid)
    }

    /// Ends every process left in the program's group. The group's id stays reserved while any
    /// member lives, so this never reaches an unrelated process.
    func killGroup() {
        _ = Glibc.kill(-pid, SIGKILL)
    }

    /// Whether the child is still running; reaps it if it has just ended.
    var isRunning: Bool {
        guard ending == nil else { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { ending = Self.decode(status) }
        return ending == nil
    }

    /// Stops the program and everything it started.
    func kill() {
        if isRunning { Glibc.kill(pid, SIGKILL) }
        killGroup()
    }

    func waitForExit() -> Ending {
        if let ending { return ending }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let decoded = Self.decode(status)
        ending = decoded
        return decoded
    }

    /// The `WIFEXITED`/`WTERMSIG` macros, which Swift does not import.
    private static func decode(_ status: Int32) -> Ending {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }
}
