/// Sizes in bytes as authors write them and as reports state them.
public enum ByteSize {
    /// `1 MiB`, `512KiB`, `10 MB`, `2 GB`, `4096`: binary units are powers of 1024 and decimal
    /// ones powers of 1000, as `ls -h --si` and Jupyter's settings spell them. Nil for
    /// anything else, or for zero or a negative size.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: " \t")
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        guard let number = Double(digits), number > 0 else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: " \t").lowercased()
        let scales: [String: Double] = [
            "": 1, "b": 1, "bytes": 1,
            "kb": 1e3, "mb": 1e6, "gb": 1e9,
            "kib": 1024, "mib": 1_048_576, "gib": 1_073_741_824,
        ]
        guard let scale = scales[unit] else { return nil }
        let bytes = (number * scale).rounded()
        return bytes >= 1 && bytes <= 1_099_511_627_776 ? Int(bytes) : nil
    }

    /// A limit as it was most likely written: `1 MiB`, `64 KiB`, `10 MB`, `4096 bytes`.
    public static func limit(_ bytes: Int) -> String {
        for (size, unit) in [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB"), (1_000_000_000, "GB"), (1_000_000, "MB"), (1000, "kB")]
        where bytes % size == 0 {
            return "\(bytes / size) \(unit)"
        }
        return "\(bytes) bytes"
    }

    /// An amount, to one decimal in decimal units: `198.3 MB`, `12.0 kB`, `640 bytes`.
    public static func amount(_ bytes: Int) -> String {
        let value = Double(bytes)
        for (size, unit) in [(1e9, "GB"), (1e6, "MB"), (1e3, "kB")] where value >= size {
            let tenths = (value / size * 10).rounded()
            return "\(Int(tenths) / 10).\(Int(tenths) % 10) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
