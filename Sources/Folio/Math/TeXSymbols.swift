/// What TeX's commands stand for in MathML: letters, operators, relations, big operators,
/// function names, accents, delimiters and spaces. The lists cover what Dive into Deep
/// Learning's chapters write, and what lesson authors commonly do besides.
enum TeXSymbols {
    /// Greek letters: lowercase italic `<mi>`, uppercase upright as TeX sets them.
    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς",
        "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Symbols set as identifiers (`<mi>`), upright.
    static let ordinary: [String: String] = [
        "infty": "∞", "partial": "∂", "nabla": "∇", "ell": "ℓ", "hbar": "ℏ", "emptyset": "∅", "varnothing": "∅",
        "aleph": "ℵ", "Re": "ℜ", "Im": "ℑ", "top": "⊤", "bot": "⊥", "intercal": "⊺", "imath": "ı", "jmath": "ȷ",
        "angle": "∠", "triangle": "△", "square": "□", "checkmark": "✓", "dagger": "†", "ddagger": "‡", "S": "§",
        "P": "¶", "clubsuit": "♣", "diamondsuit": "♢", "heartsuit": "♡", "spadesuit": "♠", "flat": "♭",
        "natural": "♮", "sharp": "♯", "wp": "℘", "mho": "℧", "prime": "′", "degree": "°", "%": "%", "$": "$",
        "#": "#", "&": "&", "_": "_", "backslash": "∖",
    ]

    /// Binary operators, relations, arrows and punctuation: `<mo>`.
    static let operators: [String: String] = [
        "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "star": "⋆", "circ": "∘",
        "bullet": "∙", "oplus": "⊕", "ominus": "⊖", "otimes": "⊗", "oslash": "⊘", "odot": "⊙", "cup": "∪", "cap": "∩",
        "setminus": "∖", "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨", "neg": "¬", "lnot": "¬", "sqcup": "⊔",
        "sqcap": "⊓", "uplus": "⊎", "amalg": "⨿", "wr": "≀", "diamond": "⋄", "bigtriangleup": "△", "bigtriangledown": "▽",
        "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "equiv": "≡", "sim": "∼",
        "simeq": "≃", "cong": "≅", "propto": "∝", "ll": "≪", "gg": "≫", "prec": "≺", "succ": "≻", "preceq": "⪯",
        "succeq": "⪰", "doteq": "≐", "asymp": "≍", "models": "⊨", "vdash": "⊢", "dashv": "⊣", "perp": "⊥",
        "parallel": "∥", "mid": "∣", "nmid": "∤", "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "supset": "⊃",
        "subseteq": "⊆", "supseteq": "⊇", "subsetneq": "⊊", "supsetneq": "⊋", "sqsubseteq": "⊑", "sqsupseteq": "⊒",
        "forall": "∀", "exists": "∃", "nexists": "∄", "therefore": "∴", "because": "∵", "leqslant": "⩽", "geqslant": "⩾",
        "lesssim": "≲", "gtrsim": "≳", "triangleq": "≜", "coloneqq": "≔",
        "leftarrow": "←", "gets": "←", "rightarrow": "→", "to": "→", "leftrightarrow": "↔", "Leftarrow": "⇐",
        "Rightarrow": "⇒", "Leftrightarrow": "⇔", "iff": "⟺", "implies": "⟹", "impliedby": "⟸", "mapsto": "↦",
        "longrightarrow": "⟶", "longleftarrow": "⟵", "Longrightarrow": "⟹", "Longleftarrow": "⟸",
        "longleftrightarrow": "⟷", "Longleftrightarrow": "⟺", "longmapsto": "⟼", "uparrow": "↑", "downarrow": "↓",
        "updownarrow": "↕", "Uparrow": "⇑", "Downarrow": "⇓", "nearrow": "↗", "searrow": "↘", "nwarrow": "↖",
        "swarrow": "↙", "hookrightarrow": "↪", "hookleftarrow": "↩", "rightleftharpoons": "⇌", "leadsto": "⇝",
        "ldots": "…", "dots": "…", "dotsc": "…", "dotsb": "⋯", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "colon": ":",
        "vert": "|", "Vert": "‖", "|": "‖", "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖", "{": "{", "}": "}",
        "lbrace": "{", "rbrace": "}", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈",
        "rceil": "⌉", "lbrack": "[", "rbrack": "]", "bmod": "mod",
    ]

    /// Big operators: their scripts go above and below in display style (`movablelimits`).
    static let bigOperators: [String: String] = [
        "sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂", "bigvee": "⋁", "bigwedge": "⋀",
        "bigoplus": "⨁", "bigotimes": "⨂", "bigodot": "⨀", "biguplus": "⨄", "bigsqcup": "⨆",
    ]

    /// Integrals: big, with their scripts at the side.
    static let integrals: [String: String] = ["int": "∫", "iint": "∬", "iiint": "∭", "oint": "∮"]

    /// Function names set upright; those in `limitFunctions` take their scripts above and below.
    static let functions: Set<String> = [
        "log", "ln", "lg", "exp", "sin", "cos", "tan", "sec", "csc", "cot", "arcsin", "arccos", "arctan", "sinh",
        "cosh", "tanh", "coth", "arg", "deg", "dim", "hom", "ker",
        "lim", "liminf", "limsup", "max", "min", "sup", "inf", "det", "Pr", "gcd", "argmax", "argmin",
    ]
    static let limitFunctions: Set<String> = ["lim", "liminf", "limsup", "max", "min", "sup", "inf", "det", "Pr", "gcd", "argmax", "argmin"]
    static let functionText: [String: String] = ["liminf": "lim inf", "limsup": "lim sup", "argmax": "arg max", "argmin": "arg min"]

    /// Accents over their argument: the mark, and whether it stretches to the argument's width.
    static let accents: [String: (mark: String, stretchy: Bool)] = [
        "hat": ("^", false), "widehat": ("^", true), "bar": ("‾", false), "overline": ("‾", true), "tilde": ("~", false),
        "widetilde": ("~", true), "vec": ("→", false), "overrightarrow": ("→", true), "overleftarrow": ("←", true),
        "dot": ("˙", false), "ddot": ("¨", false), "acute": ("´", false), "grave": ("`", false), "breve": ("˘", false),
        "check": ("ˇ", false), "mathring": ("˚", false),
    ]

    /// `\big(` and kin: the delimiter's fixed height.
    static let bigSizes: [String: String] = [
        "big": "1.2em", "bigl": "1.2em", "bigr": "1.2em", "bigm": "1.2em",
        "Big": "1.623em", "Bigl": "1.623em", "Bigr": "1.623em", "Bigm": "1.623em",
        "bigg": "2.047em", "biggl": "2.047em", "biggr": "2.047em", "biggm": "2.047em",
        "Bigg": "2.470em", "Biggl": "2.470em", "Biggr": "2.470em", "Biggm": "2.470em",
    ]

    /// Spacing commands and their widths.
    static let spaces: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em", "medspace": "0.2222em",
        ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em", "negthinspace": "-0.1667em", " ": "0.25em",
        "quad": "1em", "qquad": "2em", "enspace": "0.5em",
    ]

    /// Matrix-like environments and the delimiters around them.
    static let matrices: [String: (open: String, close: String)] = [
        "matrix": ("", ""), "smallmatrix": ("", ""), "pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "Bmatrix": ("{", "}"),
        "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖"),
    ]
}
