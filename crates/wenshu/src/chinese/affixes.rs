//! Word lists indexed by their first and last character, for the prefix and
//! suffix tests that rules make on every clause (`其中…`, `…提高到`): a test
//! reads only the words that share the text's first or last character instead
//! of comparing every word of the list.

/// A word list with its prefix and suffix indexes. The words keep their list
/// order within each index, so `prefixes_of(s).next()` is the first word of the
/// list that `s` starts with, as `list.iter().find(|w| s.starts_with(w))` is.
pub(crate) struct Affixes {
    by_first: Vec<(char, &'static str)>,
    by_last: Vec<(char, &'static str)>,
    /// The first and the last characters of the words, as bit sets over the
    /// Basic Multilingual Plane: most texts share none with the list, and are
    /// let go without a search.
    firsts: Vec<u64>,
    lasts: Vec<u64>,
}

/// A bit set over the Basic Multilingual Plane of the keys of `index`.
fn key_set(index: &[(char, &'static str)]) -> Vec<u64> {
    let mut set = vec![0u64; 1024];
    for &(c, _) in index {
        if (c as u32) < 0x10000 {
            set[(c as usize) >> 6] |= 1 << (c as u32 & 63);
        }
    }
    set
}

impl Affixes {
    /// Index the words of `lists`, in order (empty words are left out).
    pub(crate) fn new(lists: &[&[&'static str]]) -> Self {
        let words: Vec<&'static str> = lists
            .iter()
            .flat_map(|l| l.iter().copied())
            .filter(|w| !w.is_empty())
            .collect();
        let index = |key: fn(&str) -> char| {
            let mut v: Vec<(char, &'static str)> = words.iter().map(|w| (key(w), *w)).collect();
            // A stable sort keeps the list order among words of one character.
            v.sort_by_key(|&(c, _)| c);
            v
        };
        let by_first = index(|w| w.chars().next().unwrap_or('\0'));
        let by_last = index(|w| w.chars().next_back().unwrap_or('\0'));
        Affixes {
            firsts: key_set(&by_first),
            lasts: key_set(&by_last),
            by_first,
            by_last,
        }
    }

    fn bucket<'v>(
        v: &'v [(char, &'static str)],
        keys: &[u64],
        c: char,
    ) -> &'v [(char, &'static str)] {
        let u = c as u32;
        if u < 0x10000 && keys[(u >> 6) as usize] & (1 << (u & 63)) == 0 {
            return &[];
        }
        let lo = v.partition_point(|&(k, _)| k < c);
        let hi = lo + v[lo..].partition_point(|&(k, _)| k == c);
        &v[lo..hi]
    }

    /// The words `s` starts with, in list order.
    pub(crate) fn prefixes_of<'a>(&'a self, s: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        let bucket = s
            .chars()
            .next()
            .map_or(&[][..], |c| Self::bucket(&self.by_first, &self.firsts, c));
        bucket
            .iter()
            .map(|&(_, w)| w)
            .filter(move |w| s.starts_with(*w))
    }

    /// The words `s` ends with, in list order.
    pub(crate) fn suffixes_of<'a>(&'a self, s: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        let bucket = s
            .chars()
            .next_back()
            .map_or(&[][..], |c| Self::bucket(&self.by_last, &self.lasts, c));
        bucket
            .iter()
            .map(|&(_, w)| w)
            .filter(move |w| s.ends_with(*w))
    }
}

#[cfg(test)]
mod tests {
    use super::Affixes;

    #[test]
    fn matches_as_a_scan_of_the_list_does() {
        let a: &[&str] = &["全年", "全年度", "其中", "提高到", "到", "高到"];
        let idx = Affixes::new(&[a]);
        for s in [
            "全年度增长",
            "其中工业",
            "绿化率提高到",
            "达到",
            "",
            "到",
            "无关",
        ] {
            let scan: Vec<_> = a.iter().copied().filter(|w| s.starts_with(w)).collect();
            assert_eq!(idx.prefixes_of(s).collect::<Vec<_>>(), scan, "{s}");
            let scan: Vec<_> = a.iter().copied().filter(|w| s.ends_with(w)).collect();
            assert_eq!(idx.suffixes_of(s).collect::<Vec<_>>(), scan, "{s}");
        }
    }
}
