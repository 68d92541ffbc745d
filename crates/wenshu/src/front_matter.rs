//! The front matter of a Markdown page (Jekyll, Hugo, Hexo): a YAML block between two
//! `---` lines at the very start of the text, holding the page's metadata
//! (`title: "…"`, `date: …`, `tags: []`). It is no part of the text's structure: its
//! `title` is the article's title, and its empty lists are data, not blanks to fill.

use std::ops::Range;

/// Where a text's front matter is, and its `title` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    /// From the opening `---` to the end of the closing line.
    pub range: Range<usize>,
    /// The `title:` value, without its quotes.
    pub title: Option<Range<usize>>,
    /// The `date:` value (the page's date of publication), without its quotes.
    pub date: Option<Range<usize>>,
}

/// A front matter is only looked for in the first lines of a text.
const MAX_LINES: usize = 200;

/// The front matter at the start of `text`, if any. The opening line is `---` alone
/// (after an optional byte-order mark); the block ends at the next `---` or `...` line.
/// Every other line is a YAML key (`word:`), a list entry (`- …`), an indented
/// continuation or blank: a text that opens with a rule over prose has none.
pub(crate) fn front_matter(text: &str) -> Option<FrontMatter> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = line_ranges(text, bom);
    let first = lines.next()?;
    if text[first.clone()].trim_end() != "---" {
        return None;
    }
    let mut title = None;
    let mut date = None;
    let mut keys = 0;
    for r in lines.take(MAX_LINES) {
        let line = &text[r.clone()];
        let t = line.trim_end();
        if t == "---" || t == "..." {
            return (keys > 0).then_some(FrontMatter {
                range: 0..r.end,
                title,
                date,
            });
        }
        if t.is_empty() || line.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        let (key, value) = t.split_once(':')?;
        if key.is_empty() || !key.chars().all(|c| c.is_alphanumeric() || "_-".contains(c)) {
            return None;
        }
        keys += 1;
        // Key/value pairs at the top level, in any order: the entries of a list
        // (`categories:` / `  - LUG 活动`) and of a map (`header:` / `  image: …`) are
        // indented and skipped above, so `date:` after them is read all the same.
        let slot = match key {
            "title" => &mut title,
            "date" => &mut date,
            _ => continue,
        };
        if slot.is_none() {
            let lead = value.len() - value.trim_start().len();
            let v = value.trim();
            let unquoted = v
                .strip_prefix('"')
                .and_then(|x| x.strip_suffix('"'))
                .or_else(|| v.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')));
            let (off, v) = match unquoted {
                Some(x) => (1, x),
                None => (0, v),
            };
            if !v.trim().is_empty() {
                let start = r.start + key.len() + 1 + lead + off;
                *slot = Some(start..start + v.len());
            }
        }
    }
    None
}

/// The byte ranges of `text`'s lines from `from`, each without its line break.
fn line_ranges(text: &str, from: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = from;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        let rest = &text[pos..];
        let len = rest.find('\n').unwrap_or(rest.len());
        let body = rest[..len].strip_suffix('\r').unwrap_or(&rest[..len]);
        let r = pos..pos + body.len();
        pos += (len + 1).min(rest.len());
        Some(r)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jekyll_post() {
        // ustclug/website@964a72c2b4a585a13c7d8769529664b96bf2c292:
        // pages/_news/2024/2024-12-11-hackergame2024.md (shortened).
        let text = "---\ntitle: \"中国科学技术大学第十一届信息安全大赛圆满落幕\"\nauthor: \"luojh\"\ndate: \"2024-12-11 12:00:00 +0800\"\ncategories:\n  - LUG 活动\ntags: []\n---\n\n2024 年 11 月 9 日中午 12:00，Hackergame 网站答案提交窗口准时关闭。\n";
        let fm = front_matter(text).expect("front matter");
        assert_eq!(
            &text[fm.title.clone().unwrap()],
            "中国科学技术大学第十一届信息安全大赛圆满落幕"
        );
        assert_eq!(
            &text[fm.range.clone()],
            &text[..text.find("---\n\n").unwrap() + 3]
        );
    }

    #[test]
    fn the_date_after_a_list_or_a_map() {
        // ustclug/website@197033053765990e05d8acf31afe36992493553d:
        // pages/_news/2023/2023-12-17-hackergame-2023.md (shortened):
        // `date:` comes after the list of `categories:`.
        let text = "---\ntitle: \"中国科学技术大学第十届信息安全大赛圆满落幕\"\nauthor: \"aka-dag\"\ncategories:\n  - LUG 活动\ndate: \"2023-12-17 15:00:00 +0800\"\ntags: []\n---\n\n正文。\n";
        let fm = front_matter(text).unwrap();
        assert_eq!(&text[fm.date.unwrap()], "2023-12-17 15:00:00 +0800");
        // ustclug/website@a67696f9af117ce4af3ca5bc2e9a218000fe8942:
        // pages/_news/2022/2022-09-17-SFD.md (shortened): after the map of `header:`.
        let text = "---\ntitle: \"2022 软件自由日中国科大站\"\nheader:\n  image: https://ftp.lug.ustc.edu.cn/x.jpg\n  overlay_image: false\nauthor: \"zigone\"\ndate: \"2022-09-17 20:00:00 +0800\"\ncategories:\n  - LUG活动\ntags: []\n---\n\n2022 年 9 月 17 日，中国科学技术大学软件自由日活动举行。\n";
        let fm = front_matter(text).unwrap();
        assert_eq!(&text[fm.date.unwrap()], "2022-09-17 20:00:00 +0800");
        // A Hugo page, unquoted; an empty `date:` is none.
        let fm = front_matter("---\ntags:\n  - 年报\ndate: 2023-03-01\n---\n正文\n").unwrap();
        assert!(fm.date.is_some());
        assert_eq!(
            front_matter("---\ntitle: x\ndate:\n---\n").unwrap().date,
            None
        );
    }

    #[test]
    fn hugo_keys_unquoted_and_windows_lines() {
        // A Hugo page: unquoted values, CRLF line ends.
        let text = "---\r\ntitle: 2023年度工作总结\r\ndraft: false\r\n---\r\n正文。\r\n";
        let fm = front_matter(text).unwrap();
        assert_eq!(&text[fm.title.unwrap()], "2023年度工作总结");
    }

    #[test]
    fn a_rule_over_prose_is_no_front_matter() {
        assert_eq!(
            front_matter("---\n一、总体要求\n坚持规划引领。\n---\n"),
            None
        );
        assert_eq!(front_matter("---\n---\n正文"), None);
        assert_eq!(front_matter("title: x\n---\n"), None);
        assert_eq!(front_matter("---\ntitle: 未闭合\n正文没有结束线"), None);
    }
}
