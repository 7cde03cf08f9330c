/// Advance widths of DejaVu Sans (Book), the font matplotlib uses and the first one the SVG names.
///
/// Layout must not depend on the fonts of the machine that renders the notebook (that would make
/// output differ between machines), so widths come from this fixed table, read once from
/// `DejaVuSans.ttf` (units per em: 2048). Kerning is ignored; a browser that falls back to Arial
/// gets text a few percent narrower, which the layout's padding absorbs.
enum FontMetrics {
    static let unitsPerEm = 2048.0
    /// Distance from the baseline to the top of a digit or capital, in em.
    static let capHeight = 0.729
    /// Ascent and descent of a line of text, in em (hhea: 1901 and 483 units).
    static let ascent = 0.928
    static let descent = 0.236
    /// Superscripts (the exponent of 10ᵏ) are set this much smaller and raised this far, in em.
    static let superscriptScale = 0.7
    static let superscriptRise = 0.45

    /// The width of `text` at `fontSize` points.
    static func width(_ text: String, fontSize: Double) -> Double {
        var units = 0
        for scalar in text.unicodeScalars { units += advance(scalar.value) }
        return Double(units) * fontSize / unitsPerEm
    }

    /// The advance of one character in font units.
    static func advance(_ code: UInt32) -> Int {
        if code >= 0x20 && code < 0x7F { return Int(ascii[Int(code - 0x20)]) }
        var low = 0, high = other.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if other[mid].0 == code { return Int(other[mid].1) }
            if other[mid].0 < code { low = mid + 1 } else { high = mid - 1 }
        }
        if isWide(code) { return 2048 }
        if isCombining(code) { return 0 }
        return 1260  // about the width of a lowercase letter
    }

    /// East Asian wide characters and emoji take a full em in any font that has them.
    private static func isWide(_ code: UInt32) -> Bool {
        (0x1100...0x115F).contains(code) || (0x2E80...0xA4CF).contains(code)
            || (0xAC00...0xD7A3).contains(code) || (0xF900...0xFAFF).contains(code)
            || (0xFE30...0xFE4F).contains(code) || (0xFF00...0xFF60).contains(code)
            || (0xFFE0...0xFFE6).contains(code) || (0x1F300...0x1FAFF).contains(code)
            || (0x20000...0x3FFFD).contains(code)
    }

    private static func isCombining(_ code: UInt32) -> Bool {
        (0x0300...0x036F).contains(code) || (0x200B...0x200F).contains(code) || code == 0xFE0F
    }

    /// Printable ASCII, U+0020 to U+007E.
    private static let ascii: [UInt16] = [
        651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716,
        651, 739, 651, 690, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303,
        1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430,
        1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
        1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799,
        690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300,
        1298, 569, 569, 1186, 569, 1995, 1298, 1253, 1300, 1300, 842, 1067,
        803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
    ]

    /// Latin-1, Greek and the symbols plots use (minus sign, superscripts, ×, ≤ …), sorted by code.
    private static let other: [(UInt32, UInt16)] = [
        (0x00A0, 651), (0x00A1, 821), (0x00A2, 1303), (0x00A3, 1303), (0x00A4, 1303), (0x00A5, 1303),
        (0x00A6, 690), (0x00A7, 1024), (0x00A8, 1024), (0x00A9, 2048), (0x00AA, 965), (0x00AB, 1253),
        (0x00AC, 1716), (0x00AD, 739), (0x00AE, 2048), (0x00AF, 1024), (0x00B0, 1024), (0x00B1, 1716),
        (0x00B2, 821), (0x00B3, 821), (0x00B4, 1024), (0x00B5, 1303), (0x00B6, 1303), (0x00B7, 651),
        (0x00B8, 1024), (0x00B9, 821), (0x00BA, 965), (0x00BB, 1253), (0x00BC, 1985), (0x00BD, 1985),
        (0x00BE, 1985), (0x00BF, 1087), (0x00C0, 1401), (0x00C1, 1401), (0x00C2, 1401), (0x00C3, 1401),
        (0x00C4, 1401), (0x00C5, 1401), (0x00C6, 1995), (0x00C7, 1430), (0x00C8, 1294), (0x00C9, 1294),
        (0x00CA, 1294), (0x00CB, 1294), (0x00CC, 604), (0x00CD, 604), (0x00CE, 604), (0x00CF, 604),
        (0x00D0, 1587), (0x00D1, 1532), (0x00D2, 1612), (0x00D3, 1612), (0x00D4, 1612), (0x00D5, 1612),
        (0x00D6, 1612), (0x00D7, 1716), (0x00D8, 1612), (0x00D9, 1499), (0x00DA, 1499), (0x00DB, 1499),
        (0x00DC, 1499), (0x00DD, 1251), (0x00DE, 1239), (0x00DF, 1290), (0x00E0, 1255), (0x00E1, 1255),
        (0x00E2, 1255), (0x00E3, 1255), (0x00E4, 1255), (0x00E5, 1255), (0x00E6, 2011), (0x00E7, 1126),
        (0x00E8, 1260), (0x00E9, 1260), (0x00EA, 1260), (0x00EB, 1260), (0x00EC, 569), (0x00ED, 569),
        (0x00EE, 569), (0x00EF, 569), (0x00F0, 1253), (0x00F1, 1298), (0x00F2, 1253), (0x00F3, 1253),
        (0x00F4, 1253), (0x00F5, 1253), (0x00F6, 1253), (0x00F7, 1716), (0x00F8, 1253), (0x00F9, 1298),
        (0x00FA, 1298), (0x00FB, 1298), (0x00FC, 1298), (0x00FD, 1212), (0x00FE, 1300), (0x00FF, 1212),
        (0x0391, 1401), (0x0392, 1405), (0x0393, 1141), (0x0394, 1401), (0x0395, 1294), (0x0396, 1403),
        (0x0397, 1540), (0x0398, 1612), (0x0399, 604), (0x039A, 1343), (0x039B, 1401), (0x039C, 1767),
        (0x039D, 1532), (0x039E, 1294), (0x039F, 1612), (0x03A0, 1540), (0x03A1, 1235), (0x03A3, 1294),
        (0x03A4, 1251), (0x03A5, 1251), (0x03A6, 1612), (0x03A7, 1403), (0x03A8, 1612), (0x03A9, 1565),
        (0x03AA, 604), (0x03AB, 1251), (0x03AC, 1350), (0x03AD, 1107), (0x03AE, 1298), (0x03AF, 693),
        (0x03B0, 1185), (0x03B1, 1350), (0x03B2, 1307), (0x03B3, 1212), (0x03B4, 1253), (0x03B5, 1107),
        (0x03B6, 1114), (0x03B7, 1298), (0x03B8, 1253), (0x03B9, 693), (0x03BA, 1207), (0x03BB, 1212),
        (0x03BC, 1303), (0x03BD, 1144), (0x03BE, 1142), (0x03BF, 1253), (0x03C0, 1233), (0x03C1, 1300),
        (0x03C2, 1202), (0x03C3, 1298), (0x03C4, 1233), (0x03C5, 1185), (0x03C6, 1351), (0x03C7, 1183),
        (0x03C8, 1351), (0x03C9, 1715), (0x2013, 1024), (0x2014, 2048), (0x2018, 651), (0x2019, 651),
        (0x201C, 1061), (0x201D, 1061), (0x2022, 1208), (0x2026, 2048), (0x2032, 465), (0x2070, 821),
        (0x2074, 821), (0x2075, 821), (0x2076, 821), (0x2077, 821), (0x2078, 821), (0x2079, 821),
        (0x207A, 1081), (0x207B, 1081), (0x2190, 1716), (0x2191, 1716), (0x2192, 1716), (0x2193, 1716),
        (0x2202, 1059), (0x2207, 1370), (0x2208, 1784), (0x2211, 1380), (0x2212, 1716), (0x221A, 1305),
        (0x221E, 1706), (0x2248, 1716), (0x2260, 1716), (0x2264, 1716), (0x2265, 1716), (0x22C5, 651),
    ]
}
