#if canImport(Glibc)
import Glibc

@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

/// How freed tensor memory goes back to the system, for a process that runs a notebook.
public enum HeapPolicy {
    /// Keeps up to 256 MiB of freed heap memory in the process instead of returning it.
    ///
    /// glibc gives the top of its heap back to the kernel once 128 KiB or more of it is free
    /// (a threshold it raises only after large `mmap`ed blocks are freed). A gradient step frees
    /// its intermediate values all at once, so the next step faulted the same pages in again:
    /// the seed's 50-layer sigmoid network's gradient ran in 1.5 ms instead of 0.5 ms. Setting
    /// the threshold also fixes the `mmap` threshold at 128 KiB, from where `LargeBuffers`
    /// recycles buffers itself. Called once at the start of a notebook program (and of the
    /// benchmarks); a process-wide setting, so the library does not apply it on its own.
    public static func keepFreedMemory() {
        #if canImport(Glibc)
        _ = mallopt(-1 /* M_TRIM_THRESHOLD */, 256 << 20)
        #endif
    }
}
