//! The built-in placeholder rules: one pass over the text, in bytes, that stops only
//! at characters a placeholder can start with. The word lists are data, in
//! `dicts/placeholders.toml`; this file holds the logic and its guards against
//! false alarms (numerals, dashes, ellipses, Latin words, URLs, `×` between numbers).
//!
//! Every rule is script-neutral, so it runs on the original text: no conversion
//! needed, which is what lets `check` run at disk speed.

use std::ops::Range;

use serde::Deserialize;

use crate::document::PlaceholderKind;

/// `dicts/placeholders.toml`, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Dict {
    mask_chars: Vec<char>,
    zero_chars: Vec<char>,
    numeral_chars: Vec<char>,
    number_units: Vec<String>,
    person_suffixes: Vec<String>,
    org_suffixes: Vec<String>,
    todo_words: Vec<String>,
    todo_exceptions: Vec<String>,
    brackets: Vec<(char, char)>,
    instruction_prefixes: Vec<String>,
    prose_prefixes: Vec<String>,
    definition_before: Vec<String>,
    legend_after: Vec<String>,
    label_suffixes: Vec<String>,
    label_max_chars: usize,
    instruction_max_chars: usize,
}

const DICT: &str = include_str!("../../../../dicts/placeholders.toml");

/// One raw match of a rule, in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub(crate) range: Range<usize>,
    pub(crate) kind: PlaceholderKind,
}

/// The compiled rules (built once; `Send + Sync`).
#[derive(Debug)]
pub(crate) struct Rules {
    d: Dict,
    /// ASCII todo words (matched as whole tokens), split at their first space.
    ascii_todo: Vec<(String, Option<String>)>,
    /// Non-ASCII todo words.
    cjk_todo: Vec<String>,
    /// Bit per BMP character: can a placeholder start here? Every other
    /// non-ASCII character is passed over with one lookup.
    triggers: Vec<u64>,
}

impl Default for Rules {
    fn default() -> Self {
        Self::new()
    }
}

fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'_' | b'-'
                | b'.'
                | b'/'
                | b':'
                | b'@'
                | b'?'
                | b'='
                | b'&'
                | b'%'
                | b'#'
                | b'+'
                | b'~'
        )
}

pub(crate) use crate::chinese::chars::{is_cjk, is_han};

fn is_hspace(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{3000}' || c == '\u{a0}'
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

fn starts_with_any(s: &str, words: &[String]) -> bool {
    words.iter().any(|w| s.starts_with(w.as_str()))
}

impl Rules {
    pub(crate) fn new() -> Self {
        let d: Dict = toml::from_str(DICT).expect("dicts/placeholders.toml is valid");
        let mut ascii_todo = Vec::new();
        let mut cjk_todo = Vec::new();
        for w in &d.todo_words {
            if w.is_ascii() {
                match w.split_once(' ') {
                    Some((a, b)) => ascii_todo.push((a.to_string(), Some(format!(" {b}")))),
                    None => ascii_todo.push((w.clone(), None)),
                }
            } else {
                cjk_todo.push(w.clone());
            }
        }
        // Longest first, so `待补充` wins over `待补`.
        cjk_todo.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let mut triggers = vec![0u64; 0x10000 / 64];
        let mut set = |c: char| {
            let u = c as usize;
            if u < 0x10000 {
                triggers[u / 64] |= 1 << (u % 64);
            }
        };
        d.mask_chars.iter().copied().for_each(&mut set);
        d.brackets.iter().for_each(|&(o, _)| set(o));
        cjk_todo
            .iter()
            .filter_map(|w| w.chars().next())
            .for_each(&mut set);
        ['＿', '某', '年'].into_iter().for_each(&mut set);
        Rules {
            d,
            ascii_todo,
            cjk_todo,
            triggers,
        }
    }

    #[inline]
    fn is_trigger(&self, c: char) -> bool {
        let u = c as usize;
        u >= 0x10000 || self.triggers[u / 64] & (1 << (u % 64)) != 0
    }

    fn is_numeral(&self, c: char) -> bool {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || self.d.numeral_chars.contains(&c)
    }

    /// All rule matches in `text`, in text order, possibly overlapping.
    ///
    /// Linear in the length of the text, however long its lines: every check
    /// looks at a bounded window around a hit, or at a stretch of the line it
    /// remembers for the next hit (see [`RuleRun`]), never from the line start.
    pub(crate) fn scan(&self, text: &str, out: &mut Vec<Hit>) {
        let b = text.as_bytes();
        let mut rule_run = RuleRun::default();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c < 0x80 {
                if is_token_byte(c) {
                    let mut end = i + 1;
                    while end < b.len() && is_token_byte(b[end]) {
                        end += 1;
                    }
                    self.ascii_token(text, i..end, out, &mut rule_run);
                    i = end;
                    continue;
                }
                match c {
                    b'(' | b'[' => self.bracket(text, i, out),
                    b'{' => self.braces(text, i, out),
                    _ => {}
                }
                i += 1;
                continue;
            }
            if (0xE0..0xF0).contains(&c) && i + 2 < b.len() {
                // Three-byte characters (all of CJK): test the trigger bitmap
                // before decoding anything.
                let u = ((c as usize & 0x0F) << 12)
                    | ((b[i + 1] as usize & 0x3F) << 6)
                    | (b[i + 2] as usize & 0x3F);
                if self.triggers[u / 64] & (1 << (u % 64)) == 0 {
                    i += 3;
                    continue;
                }
            }
            let ch = next_char(text, i).unwrap_or('\u{fffd}');
            let len = ch.len_utf8();
            if !self.is_trigger(ch) {
                i += len;
                continue;
            }
            if self.d.mask_chars.contains(&ch) {
                let mut end = i + len;
                while text[end..].starts_with(ch) {
                    end += len;
                }
                self.mask_run(text, ch, i..end, out);
                i = end;
                continue;
            }
            match ch {
                '＿' => {
                    let mut end = i + len;
                    while text[end..].starts_with(['＿', '_']) {
                        end += next_char(text, end).map_or(1, char::len_utf8);
                    }
                    if end - i > len {
                        out.push(Hit {
                            range: i..end,
                            kind: PlaceholderKind::Blank,
                        });
                    }
                    i = end;
                    continue;
                }
                '某' => {
                    let mut end = i + len;
                    while text[end..].starts_with('某') {
                        end += len;
                    }
                    if end - i > len {
                        out.push(Hit {
                            range: i..end,
                            kind: PlaceholderKind::Name,
                        });
                    }
                    i = end;
                    continue;
                }
                '年' => self.blank_date(text, i, out),
                _ => {
                    if self.d.brackets.iter().any(|&(o, _)| o == ch) {
                        self.bracket(text, i, out);
                    } else if let Some(w) = self
                        .cjk_todo
                        .iter()
                        .find(|w| text[i..].starts_with(w.as_str()))
                    {
                        if !starts_with_any(&text[i..], &self.d.todo_exceptions) {
                            out.push(Hit {
                                range: i..i + w.len(),
                                kind: PlaceholderKind::Todo,
                            });
                            i += w.len();
                            continue;
                        }
                    }
                }
            }
            i += len;
        }
    }

    /// A maximal run of ASCII "word" bytes: letters, digits and the characters of
    /// identifiers, paths, URLs and e-mail addresses. `xx` inside one of these is
    /// part of a Latin word, a URL or an address, never a placeholder; only a token
    /// that is nothing but the mask (`xx`, `XXX`), or digits and a mask (`20xx`), is.
    fn ascii_token(
        &self,
        text: &str,
        tok: Range<usize>,
        out: &mut Vec<Hit>,
        rule_run: &mut RuleRun,
    ) {
        let t = &text[tok.clone()];
        let b = t.as_bytes();
        if b.contains(&b'_') {
            self.underscores(text, tok.clone(), out, rule_run);
        }
        if t == "--" {
            self.dashes(text, tok.clone(), out);
            return;
        }
        // Trailing sentence punctuation is not part of the word.
        let core_len = t.trim_end_matches(['.', ':', '?']).len();
        if core_len == 0 {
            return;
        }
        let core = &t[..core_len];
        let start = tok.start;
        let end = tok.start + core_len;
        for (first, rest) in &self.ascii_todo {
            if core == first {
                match rest {
                    None => out.push(Hit {
                        range: start..end,
                        kind: PlaceholderKind::Todo,
                    }),
                    Some(rest) if core_len == t.len() && text[end..].starts_with(rest.as_str()) => {
                        let e = end + rest.len();
                        if !text
                            .as_bytes()
                            .get(e)
                            .is_some_and(u8::is_ascii_alphanumeric)
                        {
                            out.push(Hit {
                                range: start..e,
                                kind: PlaceholderKind::Todo,
                            });
                        }
                    }
                    Some(_) => {}
                }
                return;
            }
        }
        let cb = core.as_bytes();
        let xs = cb
            .iter()
            .rev()
            .take_while(|&&c| c == b'x' || c == b'X')
            .count();
        if xs == 0 {
            return;
        }
        let digits = cb.len() - xs;
        if !cb[..digits].iter().all(u8::is_ascii_digit) {
            // A Latin word, identifier, URL or address that happens to hold x's.
            return;
        }
        let prev = prev_char(text, start);
        let next = next_char(text, end);
        let after = &text[end..];
        if digits > 0 {
            // `20xx`, `20XX`, `201x年`.
            if xs >= 2 || next.is_some_and(is_han) {
                out.push(Hit {
                    range: start..end,
                    kind: PlaceholderKind::MaskedNumber,
                });
            }
            return;
        }
        if self
            .d
            .definition_before
            .iter()
            .any(|w| text[..start].ends_with(w.as_str()))
        {
            // `vendor_xxx，其中xxx为开发板厂家名称`: the mask is being defined.
            return;
        }
        let kind = if starts_with_any(after, &self.d.number_units) {
            // `xx屆`, `x月x日`.
            Some(PlaceholderKind::MaskedNumber)
        } else if xs >= 2 && starts_with_any(after, &self.d.person_suffixes) {
            Some(PlaceholderKind::Name)
        } else if xs >= 3 || (xs == 2 && (prev.is_some_and(is_cjk) || next.is_some_and(is_cjk))) {
            Some(PlaceholderKind::Blank)
        } else {
            None
        };
        if let Some(kind) = kind {
            out.push(Hit {
                range: start..end,
                kind,
            });
        }
    }

    /// Runs of two or more `_` inside an ASCII token: a blank, unless a Latin letter
    /// touches it (`oat__ide_plugin`, `__init__`) or the line is a Markdown rule.
    fn underscores(
        &self,
        text: &str,
        tok: Range<usize>,
        out: &mut Vec<Hit>,
        rule_run: &mut RuleRun,
    ) {
        let b = text.as_bytes();
        let mut i = tok.start;
        while i < tok.end {
            if b[i] != b'_' {
                i += 1;
                continue;
            }
            let s = i;
            while i < tok.end && b[i] == b'_' {
                i += 1;
            }
            let mut e = i;
            // A full-width `＿` continuing the run belongs to it.
            while text[e..].starts_with('＿') {
                e += '＿'.len_utf8();
            }
            if e - s < 2 {
                continue;
            }
            let letter_before = s > 0 && b[s - 1].is_ascii_alphabetic();
            let letter_after = b.get(e).is_some_and(u8::is_ascii_alphabetic);
            if letter_before || letter_after || rule_run.is_markdown_rule(text, s) {
                continue;
            }
            out.push(Hit {
                range: s..e,
                kind: PlaceholderKind::Blank,
            });
        }
    }

    /// ASCII `--` standing for a name: `,--社區也安排了…`. Only right after
    /// punctuation or a line start and right before the name of a place or body, so
    /// that `-->` arrows, `--flag`s, `-- 李涛` attributions and `攻城--」` dashes pass.
    fn dashes(&self, text: &str, tok: Range<usize>, out: &mut Vec<Hit>) {
        let prev_ok = match prev_char(text, tok.start) {
            None | Some('\n') | Some('\r') => true,
            Some(c) => {
                is_hspace(c)
                    || matches!(
                        c,
                        ',' | ';'
                            | '('
                            | '，'
                            | '、'
                            | '。'
                            | '；'
                            | '：'
                            | '（'
                            | '“'
                            | '「'
                            | '『'
                    )
            }
        };
        if prev_ok && starts_with_any(&text[tok.end..], &self.d.org_suffixes) {
            out.push(Hit {
                range: tok,
                kind: PlaceholderKind::Blank,
            });
        }
    }

    /// A run of one mask character: `□□`, `××`, `ＸＸ`, `○○`.
    fn mask_run(&self, text: &str, ch: char, run: Range<usize>, out: &mut Vec<Hit>) {
        let n = (run.end - run.start) / ch.len_utf8();
        if n < 2 {
            // A single `×` is a multiplication sign (`3×4`), a single `○` a zero.
            return;
        }
        let prev = prev_char(text, run.start);
        let next = next_char(text, run.end);
        let after = &text[run.end..];
        let numeral_before = prev.is_some_and(|c| self.is_numeral(c));
        let numeral_after = next.is_some_and(|c| self.is_numeral(c));
        if self.d.zero_chars.contains(&ch) && (numeral_before || numeral_after) {
            // `二○○○年`, `一○○、`: zeros of a numeral.
            return;
        }
        if numeral_before && numeral_after {
            // Between numbers: an arithmetic sign, not a mask.
            return;
        }
        let kind =
            if numeral_before || numeral_after || starts_with_any(after, &self.d.number_units) {
                PlaceholderKind::MaskedNumber
            } else if starts_with_any(after, &self.d.person_suffixes) {
                PlaceholderKind::Name
            } else if starts_with_any(after, &self.d.org_suffixes) {
                PlaceholderKind::Blank
            } else if n >= 3 && (ch == '×' || self.d.zero_chars.contains(&ch)) {
                // `×××` / `○○○` alone: the conventional stand-in for a person's name.
                PlaceholderKind::Name
            } else {
                PlaceholderKind::Blank
            };
        out.push(Hit { range: run, kind });
    }

    /// A date with the numbers left out: `    年  月  日`.
    fn blank_date(&self, text: &str, at: usize, out: &mut Vec<Hit>) {
        let rest = &text[at + '年'.len_utf8()..];
        let Some(rest2) = skip_hspace_required(rest) else {
            return;
        };
        let Some(rest3) = rest2.strip_prefix('月') else {
            return;
        };
        let Some(rest4) = skip_hspace_required(rest3) else {
            return;
        };
        if !rest4.starts_with('日') {
            return;
        }
        let end = text.len() - rest4.len() + '日'.len_utf8();
        // What stands before the year: spaces, then a label or the line start.
        let before = &text[..at];
        let trimmed = before.trim_end_matches(is_hspace);
        match trimmed.chars().next_back() {
            Some(c)
                if self.is_numeral(c)
                    || c.is_ascii_alphanumeric()
                    || self.d.mask_chars.contains(&c)
                    || c == '_'
                    || c == '＿' =>
            {
                return
            }
            _ => {}
        }
        let start = if trimmed.is_empty() || trimmed.ends_with('\n') {
            at
        } else {
            trimmed.len()
        };
        out.push(Hit {
            range: start..end,
            kind: PlaceholderKind::Blank,
        });
    }

    /// `【 】`, `（  ）`, `[單位名稱]`, `（此處填寫…）`.
    fn bracket(&self, text: &str, at: usize, out: &mut Vec<Hit>) {
        let open = next_char(text, at).unwrap_or(' ');
        let Some(&(_, close)) = self.d.brackets.iter().find(|(o, _)| *o == open) else {
            return;
        };
        let inner_start = at + open.len_utf8();
        // The content: up to the close on the same line, not nested, not too long.
        let limit = self.d.instruction_max_chars + 2;
        let mut inner_end = None;
        for (n, (j, c)) in text[inner_start..].char_indices().enumerate() {
            if n > limit || c == '\n' || c == open {
                break;
            }
            if c == close {
                inner_end = Some(inner_start + j);
                break;
            }
        }
        let Some(inner_end) = inner_end else {
            return;
        };
        let end = inner_end + close.len_utf8();
        let prev = prev_char(text, at);
        let next = next_char(text, end);
        if open.is_ascii() {
            // `foo()`, `[text]()` and `[label](url)` are code and Markdown links.
            if prev.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, ']' | ')' | '!' | '_'))
                || matches!(next, Some('(') | Some('[') | Some(':'))
            {
                return;
            }
        }
        let inner = &text[inner_start..inner_end];
        if inner.trim_matches(is_hspace).is_empty() {
            if open == '[' && is_task_list_item(text, at) {
                // `- [ ] item`: a Markdown task list box.
                return;
            }
            if starts_with_any(&text[end..], &self.d.legend_after) {
                // `（）內表土地使用分區`: the brackets are explained, not left blank.
                return;
            }
            out.push(Hit {
                range: at..end,
                kind: PlaceholderKind::Bracket,
            });
            return;
        }
        let core = inner.trim_matches(|c: char| is_hspace(c) || c == '*');
        let chars = core.chars().count();
        let instruction = chars <= self.d.instruction_max_chars
            && starts_with_any(core, &self.d.instruction_prefixes);
        let mut label = chars <= self.d.label_max_chars
            && core.chars().all(|c| is_han(c) || c == '/' || c == '、')
            && self
                .d
                .label_suffixes
                .iter()
                .any(|s| core.ends_with(s.as_str()));
        if label && matches!(open, '（' | '(') {
            // Round brackets are everyday prose: `示范区（单位）`, `（以下簡稱原金額）`,
            // and legal captions `六、（實施日期）`. There a label is a field only
            // when it is long enough to name one, does not follow a word, does
            // not open with a prose word, and text follows it on the line.
            label = chars >= 4
                && !prev.is_some_and(is_han)
                && !starts_with_any(core, &self.d.prose_prefixes)
                && text_follows_on_line(text, end);
        }
        if instruction || label {
            out.push(Hit {
                range: at..end,
                kind: PlaceholderKind::Bracket,
            });
        }
    }

    /// `{{name}}`.
    fn braces(&self, text: &str, at: usize, out: &mut Vec<Hit>) {
        let rest = &text[at..];
        if !rest.starts_with("{{")
            || rest.starts_with("{{{")
            || matches!(prev_char(text, at), Some('{') | Some('$'))
        {
            return;
        }
        let inner = &rest[2..];
        // Look for the close within a short window only.
        let mut window = inner.len().min(256);
        while !inner.is_char_boundary(window) {
            window -= 1;
        }
        let Some(close) = inner[..window].find("}}") else {
            return;
        };
        let content = &inner[..close];
        if content.contains('\n') || content.chars().count() > 60 || content.contains('{') {
            return;
        }
        out.push(Hit {
            range: at..at + 2 + close + 2,
            kind: PlaceholderKind::Bracket,
        });
    }
}

/// At least one horizontal space, then what follows it.
fn skip_hspace_required(s: &str) -> Option<&str> {
    let t = s.trim_start_matches(is_hspace);
    (t.len() < s.len()).then_some(t)
}

/// Whether anything but white space follows byte `at` on its line. Reads only the
/// white space after `at` (a line of `（單位名稱）` repeated costs no more than one).
fn text_follows_on_line(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .find(|&c| c == '\n' || !c.is_whitespace())
        .is_some_and(|c| c != '\n')
}

fn is_rule_byte(c: u8) -> bool {
    matches!(c, b'_' | b'-' | b'*' | b' ' | b'\t' | b'\r')
}

/// Whether a run of `_` is part of a Markdown rule: a line of only `_`, `-`, `*`
/// and spaces (three or more marks). The answer holds for the whole stretch of
/// such bytes around the run, so it is worked out once per stretch and reused for
/// every later run in it: a line of `__ __ __ …` is read once, not once per blank.
#[derive(Debug, Default)]
struct RuleRun {
    /// The last stretch of rule bytes looked at, and whether it is a rule line.
    last: Option<(Range<usize>, bool)>,
}

impl RuleRun {
    fn is_markdown_rule(&mut self, text: &str, at: usize) -> bool {
        if let Some((run, rule)) = &self.last {
            if run.contains(&at) {
                return *rule;
            }
        }
        let b = text.as_bytes();
        let mut s = at;
        while s > 0 && is_rule_byte(b[s - 1]) {
            s -= 1;
        }
        let mut e = at;
        while e < b.len() && is_rule_byte(b[e]) {
            e += 1;
        }
        let whole_line = (s == 0 || b[s - 1] == b'\n') && (e == b.len() || b[e] == b'\n');
        let rule = whole_line
            && b[s..e]
                .iter()
                .filter(|c| matches!(c, b'_' | b'-' | b'*'))
                .count()
                >= 3;
        self.last = Some((s..e, rule));
        rule
    }
}

/// `- [ ] item`, `* [ ]`, `1. [ ]` (looking back at most a few bytes).
fn is_task_list_item(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let mut s = at;
    while s > 0 && at - s < 16 && b[s - 1] != b'\n' {
        s -= 1;
    }
    if s > 0 && b[s - 1] != b'\n' {
        return false;
    }
    let lead = text[s..at].trim();
    matches!(lead, "-" | "*" | "+")
        || (lead.len() > 1
            && lead.ends_with('.')
            && lead[..lead.len() - 1].bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(text: &str) -> Vec<(String, PlaceholderKind)> {
        let mut out = Vec::new();
        Rules::new().scan(text, &mut out);
        out.into_iter()
            .map(|h| (text[h.range].to_string(), h.kind))
            .collect()
    }

    fn one(text: &str, want: &str, kind: PlaceholderKind) {
        assert_eq!(hits(text), vec![(want.to_string(), kind)], "in {text:?}");
    }

    fn none(text: &str) {
        assert_eq!(hits(text), vec![], "in {text:?}");
    }

    use PlaceholderKind::*;

    #[test]
    fn underscore_runs() {
        one("__社區", "__", Blank);
        one("因__引發的各類問題", "__", Blank);
        one("每戶幫扶資金____元以上", "____", Blank);
        one("_______成立應急領導小組", "_______", Blank);
        one("姓名：＿＿＿＿", "＿＿＿＿", Blank);
        one("20__年", "__", Blank);
        assert_eq!(hits("___、___和___").len(), 3);
    }

    /// Empty brackets that a legend explains are notation, not blanks: a Taipei
    /// plan's table note (臺北市內湖區都市計畫通盤檢討, 2014: `備註：（）內表土地使用
    /// 分區`), statistical tables (`（ ）内数字为上年数`), forms (`【】中为必填项`).
    /// An empty bracket in a form's line is still a blank.
    #[test]
    fn empty_brackets_explained_by_a_legend() {
        none("備註：（）內表土地使用分區");
        none("注：（ ）内数字为上年数");
        none("说明：【】中为必填项");
        one("联系电话：（ ）", "（ ）", Bracket);
        one("申请人（   ）签字", "（   ）", Bracket);
    }

    #[test]
    fn underscores_in_identifiers_and_rules_pass() {
        // OpenHarmony minutes and SIG pages.
        none("compliance_oat__ide_plugin、compliance_composition_analysis");
        none("[拓维_胡岩（@talkweb__hy）](https://gitee.com/talkweb__hy)");
        none("+ @loading__(https://gitcode.com/loading__)");
        none("__init__");
        none("___\n");
        none("text\n\n* * *\n- - -\n");
        none("a_b");
    }

    #[test]
    fn ascii_dashes_for_a_name() {
        one(
            "同時也是與社區居民共同過好一個溫暖快樂的中秋節,--社區也安排了",
            "--",
            Blank,
        );
        one("--社区", "--", Blank);
    }

    #[test]
    fn ascii_dashes_that_are_not_names() {
        // OpenHarmony minutes: arrows, attributions, flags, ASCII em-dashes.
        none("3、js_runtime--> ets_runtime，ts2abc-->ets_frontend");
        none("能否直接从上游仓库同步。 -- 李涛、赵尹星 闭环时间");
        none("获取页面是否需要重新设计。--李佳蔚 完成时间：3月25日");
        none("【修改readme排版】：--赵军霞 330前合入");
        none("智慧成林--社区共建协作奖");
        none("构建命令删除OpenSSL的--target-lib参数");
        // LY proceedings: `--` as a dash inside a quotation.
        none("其下攻城--」。兩岸和平與否");
        none("<!-- 社区 -->");
    }

    #[test]
    fn chinese_dash_and_ellipsis_pass() {
        none("全面建成小康社会——这是我们的目标……");
        none("我們——立法院——");
        none("……");
    }

    #[test]
    fn masked_numbers() {
        one("受益居民20xx餘人", "20xx", MaskedNumber);
        one("20XX年工作回顾", "20XX", MaskedNumber);
        one("201x年", "201x", MaskedNumber);
        one("同時宣講xx屆三中全會精神", "xx", MaskedNumber);
        assert_eq!(
            hits("x月x日"),
            vec![("x".into(), MaskedNumber), ("x".into(), MaskedNumber)]
        );
        one("二〇××年", "××", MaskedNumber);
        one("20□□年", "□□", MaskedNumber);
        one(
            "checksumValue: 279XXXXXXXXXXXXXXXXXXXX",
            "279XXXXXXXXXXXXXXXXXXXX",
            MaskedNumber,
        );
    }

    #[test]
    fn masks_for_names_of_places() {
        one("××社區", "××", Blank);
        one("XX單位", "XX", Blank);
        one("ＸＸ公司", "ＸＸ", Blank);
        one("□□街道", "□□", Blank);
        one("○○社區", "○○", Blank);
        one("- 微信群：xxx", "xxx", Blank);
        one("# XXX软件特性提案模板", "XXX", Blank);
        one("本文件从第三方XX软件原生引入", "XX", Blank);
    }

    #[test]
    fn names() {
        one("某某同志", "某某", Name);
        one("×××", "×××", Name);
        one("由×××負責", "×××", Name);
        one("XX同志", "XX", Name);
        one("○○○委員", "○○○", Name);
    }

    #[test]
    fn zeros_of_numerals_pass() {
        // LY proceedings: item numbers and years.
        none("一○○、行政院函送");
        none("二○○、交通部函");
        none("中華民國二○○○年");
        none("民國一○○年五月");
        none("二〇〇〇年");
        none("一九九○年");
        none("二〇二五年九月");
    }

    #[test]
    fn times_between_numbers_passes() {
        none("3×4");
        none("1920×1080");
        none("面積 10 × 20 公尺");
        none("2××3");
    }

    #[test]
    fn xx_in_latin_words_urls_and_addresses_passes() {
        none("tpc_libcxx、flutter_libcxxabi");
        none("bindgen/cxx/libc/nix");
        none("光青藤THN31xx芯片");
        none("vendor_xxx仓");
        none("device_soc_XXX 包含zlib");
        none("见 https://example.com/xx/abc 页面");
        none("联系 xx.wang@example.com 邮箱");
        none("zjezPrSaxxrOcmco3nXXqxPY5H7+");
        none("Dolby Linux xxd");
        none("命名规则 XXX-YYY, 其中");
        none("max xx y");
    }

    #[test]
    fn brackets() {
        one("【 】", "【 】", Bracket);
        one("意見：（  ）", "（  ）", Bracket);
        one("（）", "（）", Bracket);
        one("[單位名稱]", "[單位名稱]", Bracket);
        one("【单位名称】", "【单位名称】", Bracket);
        one("致{{name}}：", "{{name}}", Bracket);
        one("（此處填寫活動名稱…）", "（此處填寫活動名稱…）", Bracket);
        one(
            "（填写本次采用的估价方法名称及定义）",
            "（填写本次采用的估价方法名称及定义）",
            Bracket,
        );
        one(
            "4、（**其他法规或者技术标准的名称**）以及相关法规",
            "（**其他法规或者技术标准的名称**）",
            Bracket,
        );
        one(
            "附表：（权证或公房租赁凭证编号）房屋",
            "（权证或公房租赁凭证编号）",
            Bracket,
        );
        // A court's form (刑事判决书, 一审公诉案件用): what the writer is to state.
        one(
            "被告人犯罪，判处……（写明主刑、附加刑）；",
            "（写明主刑、附加刑）",
            Bracket,
        );
    }

    #[test]
    fn brackets_that_are_not_placeholders() {
        none("- [博泰-陆冕]()");
        none("调用 foo() 即可");
        none("- [ ] 完成评审");
        none("（示范文本）");
        none("（同左）");
        none("（盖章）");
        none("房屋征收部门（评估委托人）");
        none("[链接名称](https://example.com)");
        none("（以下简称“项目名称”）");
        // Real reports: city work reports, LY proceedings, OpenHarmony minutes.
        none("国家级民族团结进步示范区（单位），米东区");
        none("40多家省级部门（单位）通过出台专项政策");
        none("六、（實施日期）");
        none("（以下簡稱原金額）原即低於前條");
        none("科技部函送該部（含所屬單位）及依預算法");
        none("runtime_core（均为修改前名称）部件");
        none("device_soc_xxx，其中xxx为soc厂家名称");
        none("${{ github.sha }}");
    }

    #[test]
    fn todo_words() {
        one("仓名待定。", "待定", Todo);
        one("內容待補充", "待補充", Todo);
        one("TBD", "TBD", Todo);
        one("TODO: 补充数据", "TODO", Todo);
        one("> REPLACE ME:对本文档进行简单描述", "REPLACE ME", Todo);
        none("待定期检查");
        none("TODOS todoist Tbd");
    }

    #[test]
    fn blank_dates() {
        one("分户报告出具日期：    年  月  日", "    年  月  日", Blank);
        one("年  月   日", "年  月   日", Blank);
        one(
            "中華民國       年     月   日院長核定",
            "       年     月   日",
            Blank,
        );
        none("2025年 9月 17日");
        none("一○○年 五月 二日");
        none("年月日");
    }
}
