//! Character classes shared by the rules.

/// Han ideographs: the CJK Unified Ideographs and their extensions A–I (planes 2
/// and 3), and the compatibility ideographs.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// Han ideographs and CJK or full-width punctuation.
pub(crate) fn is_cjk(c: char) -> bool {
    is_han(c) || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_han('文') && is_han('𠀀') && is_han('㐀'));
        assert!(!is_han('a') && !is_han('，'));
        assert!(is_cjk('，') && is_cjk('。') && is_cjk('書'));
        assert!(!is_cjk('x'));
    }
}
