//! Web pages (`.html`, `.htm`): the visible text, as a browser lays it out in
//! lines. Block elements (paragraphs, headings `<h1>`–`<h6>`, list items, `<div>`)
//! start a line, `<br>` ends one, a table row is a line with its cells separated
//! by a tab. Scripts, styles, the page title, comments and hidden elements are
//! dropped; character references are decoded. White space is collapsed as a
//! browser does, and a line break between two Chinese characters joins them
//! without a space (as browsers render Chinese).
//!
//! The charset is the byte-order mark's, else `--encoding`, else the one
//! declared in `<meta>` (`big5`, `gb2312`, `gbk`…), else detected as for text.
//! The tokenizer is a single forward pass that keeps no element tree, so nesting
//! depth costs nothing.

use encoding_rs::Encoding;

use super::OutlineLine;
use crate::chinese::chars::is_cjk;
use crate::decode::{self, Decoded};
use crate::error::DecodeError;

/// Read a web page's bytes into its visible text, with the lines that are
/// headings (`<h1>`–`<h6>`).
pub(crate) fn read(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<(Decoded, Vec<OutlineLine>), DecodeError> {
    let mut decoded = match (Encoding::for_bom(bytes), forced, declared_charset(bytes)) {
        (Some(_), _, _) | (None, Some(_), _) => decode::decode(bytes, forced)?,
        (None, None, Some(enc)) => {
            let d = decode::decode_with(enc, bytes, false, 0);
            // A page declared UTF-8 that is not (saved again by an old editor) is
            // decoded by what its bytes show.
            if enc == encoding_rs::UTF_8 && !d.warnings.is_empty() {
                decode::decode(bytes, None)?
            } else {
                d
            }
        }
        (None, None, None) => decode::decode(bytes, None)?,
    };
    let (text, outline) = visible_text_outlined(&decoded.text);
    decoded.text = text;
    Ok((decoded, outline))
}

/// The charset a page declares in its first bytes (`<meta charset=…>` or
/// `<meta http-equiv=… content="text/html; charset=…">`).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head: Vec<u8> = bytes[..bytes.len().min(4096)]
        .iter()
        .map(u8::to_ascii_lowercase)
        .collect();
    let mut from = 0;
    while let Some(i) = find(&head[from..], b"<meta") {
        let start = from + i;
        let end = head[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |e| start + e);
        let tag = &head[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + b"charset".len()..];
            let rest = rest
                .trim_ascii_start()
                .strip_prefix(b"=")?
                .trim_ascii_start();
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let label_end = rest
                .iter()
                .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/') || b.is_ascii_whitespace())
                .unwrap_or(rest.len());
            let enc = Encoding::for_label(&rest[..label_end])?;
            // A page read as ASCII could not have said it is UTF-16.
            return Some(
                if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                    encoding_rs::UTF_8
                } else {
                    enc
                },
            );
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Elements whose content is never shown.
const DROPPED: &[&str] = &[
    "script", "style", "title", "noscript", "template", "iframe", "object", "svg", "math",
    "select", "head", "noembed", "noframes", "canvas",
];

/// Elements that stand on lines of their own.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
    "legend",
];

/// Elements without content (no end tag).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements that hold a page's furniture around its text: the headings inside
/// them are no part of its outline.
/// (Not `<header>`: an article's own header holds its title.)
const FURNITURE: &[&str] = &["nav", "footer", "aside"];

/// The lines of a page as they are built.
#[derive(Default)]
struct Lines {
    out: String,
    cur: String,
    space: bool,
    space_had_break: bool,
    /// The level of the heading element the current line is in.
    heading: Option<u8>,
    outline: Vec<OutlineLine>,
    /// Where blocks met inside a table cell began or ended in `cur` (see
    /// [`Lines::end_line`]).
    cell_breaks: Vec<usize>,
    /// `cur` is a label a script was to complete, and nothing has followed the
    /// script yet: the line is dropped if nothing does.
    script_label: bool,
}

impl Lines {
    fn text(&mut self, s: &str, pre: bool) {
        for c in s.chars() {
            if pre {
                match c {
                    '\n' => self.end_line(true),
                    '\r' => {}
                    _ => self.cur.push(c),
                }
                continue;
            }
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
                self.space = true;
                self.space_had_break |= c == '\n' || c == '\r';
                continue;
            }
            self.char(c);
        }
    }

    fn char(&mut self, c: char) {
        self.script_label = false;
        if self.space {
            let joined =
                self.space_had_break && self.cur.chars().last().is_some_and(is_cjk) && is_cjk(c);
            if !self.cur.is_empty() && !joined {
                self.cur.push(' ');
            }
            self.space = false;
            self.space_had_break = false;
        }
        self.cur.push(c);
    }

    /// End the line: a block boundary (`hard = false`) ends only a line with text;
    /// `<br>` (`hard`) ends it even when empty.
    fn end_line(&mut self, hard: bool) {
        // A row of one cell whose paragraphs are blocks of their own is a page
        // laid out in a table (gov.cn's documents: the whole text in one cell):
        // each paragraph is a line, as in a browser. A row of several cells stays
        // one line, its cells set apart by tabs.
        if !self.cell_breaks.is_empty() && !self.cur.contains('\t') {
            let mut breaks = std::mem::take(&mut self.cell_breaks);
            breaks.push(self.cur.len());
            let cur = std::mem::take(&mut self.cur);
            let mut from = 0;
            for to in breaks {
                if to > from && cur.is_char_boundary(to) {
                    self.cur.push_str(&cur[from..to]);
                    self.push_line(false);
                    self.cur.clear();
                    from = to;
                }
            }
            self.cur.clear();
            self.space = false;
            self.space_had_break = false;
            return;
        }
        self.cell_breaks.clear();
        self.push_line(hard);
        self.cur.clear();
        self.space = false;
        self.space_had_break = false;
    }

    /// Add `cur` to the text as a line: a block boundary (`hard = false`) adds only
    /// a line with text; `<br>` (`hard`) adds it even when empty.
    fn push_line(&mut self, hard: bool) {
        if std::mem::take(&mut self.script_label) {
            self.cur.clear();
        }
        let line = self.cur.trim_matches(|c: char| c.is_ascii_whitespace());
        if !line.is_empty() || hard {
            // At most one empty line in a row.
            if !(line.is_empty() && (self.out.is_empty() || self.out.ends_with("\n\n"))) {
                if let Some(level) = self.heading.filter(|_| !line.is_empty()) {
                    self.outline.push(OutlineLine {
                        start: self.out.len(),
                        level,
                    });
                }
                self.out.push_str(line);
                self.out.push('\n');
            }
        }
    }
}

/// The visible text of a page's markup.
#[cfg(test)]
pub(crate) fn visible_text(s: &str) -> String {
    visible_text_outlined(s).0
}

/// The visible text of a page's markup, and its heading lines.
pub(crate) fn visible_text_outlined(s: &str) -> (String, Vec<OutlineLine>) {
    let b = s.as_bytes();
    let mut l = Lines::default();
    let mut i = 0;
    // The hidden element being skipped, and how deep in it.
    let mut hidden: Option<(String, usize)> = None;
    let mut pre = 0usize;
    let mut cell_depth = 0usize;
    let mut cells_in_row = 0usize;
    // Tables open: a cell outside any table is dropped, as a browser drops it (a
    // stray `<td>` would otherwise join the rest of the page into one cell).
    let mut table_depth = 0usize;
    // Page furniture open (`<nav>`, `<header>`, `<footer>`, `<aside>`), and lists
    // and list items open: a heading inside them names a menu's entry or a list's
    // item (`<li><h4><a>首页</a></h4></li>`), not a part of the page's text.
    let mut furniture = 0usize;
    // An element that a class or id names as furniture (`<div class="sideBox">`),
    // and how deep in elements of its name.
    let mut furniture_el: Option<(String, usize)> = None;
    let mut lists = 0usize;
    let mut items = 0usize;
    // The page's `<title>` (`文章标题--栏目-网站`), in its `<head>`.
    let page_title = find_ci(b, b"<title").and_then(|t| {
        let open = t + s[t..].find('>')? + 1;
        let close = open + find_ci(&b[open..], b"</title")?;
        let words: Vec<_> = s.get(open..close)?.split_whitespace().collect();
        Some(decode_refs(&words.join(" ")).into_owned())
    });
    while i < b.len() {
        let next = memchr_lt(&b[i..]).map_or(b.len(), |j| i + j);
        if next > i {
            if hidden.is_none() {
                l.text(&decode_refs(&s[i..next]), pre > 0);
            }
            i = next;
            continue;
        }
        // At a `<`.
        let rest = &s[i..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            i += comment.find("-->").map_or(rest.len(), |e| 4 + e + 3);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i += rest.find('>').map_or(rest.len(), |e| e + 1);
            continue;
        }
        let closing = rest.starts_with("</");
        let name_start = if closing { 2 } else { 1 };
        let name_len = rest[name_start..]
            .bytes()
            .position(|c| !(c.is_ascii_alphanumeric() || c == b'-' || c == b':'))
            .unwrap_or(rest.len() - name_start);
        if name_len == 0 || !rest.as_bytes()[name_start].is_ascii_alphabetic() {
            if hidden.is_none() {
                l.char('<');
            }
            i += 1;
            continue;
        }
        let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
        let after = &rest[name_start + name_len..];
        let (attrs, consumed) = match tag_end(after) {
            Some(e) => (&after[..e], name_start + name_len + e + 1),
            None => (after, rest.len()),
        };
        let self_closing = attrs.trim_end().ends_with('/');
        i += consumed;
        let name = name.rsplit(':').next().unwrap_or(&name).to_string();

        if let Some((hname, depth)) = hidden.as_mut() {
            if *hname == name {
                if closing {
                    *depth -= 1;
                    if *depth == 0 {
                        hidden = None;
                    }
                } else if !self_closing {
                    *depth += 1;
                }
            }
            continue;
        }
        if let Some((fname, depth)) = furniture_el.as_mut() {
            if *fname == name && !self_closing && !VOID.contains(&name.as_str()) {
                if closing {
                    *depth -= 1;
                    if *depth == 0 {
                        furniture_el = None;
                        furniture = furniture.saturating_sub(1);
                    }
                } else {
                    *depth += 1;
                }
            }
        } else if !closing
            && !self_closing
            && !VOID.contains(&name.as_str())
            && !DROPPED.contains(&name.as_str())
            && !is_hidden(attrs)
            && names_furniture(attrs)
        {
            furniture_el = Some((name.clone(), 1));
            furniture += 1;
        }
        if closing {
            if name == "pre" {
                pre = pre.saturating_sub(1);
            }
            if matches!(name.as_str(), "td" | "th") && table_depth > 0 {
                cell_depth = cell_depth.saturating_sub(1);
            }
            if name == "table" && table_depth > 0 {
                table_depth -= 1;
                // (Cells left open close with their table.)
                cell_depth = cell_depth.min(table_depth);
            }
            if name == "tr" {
                cell_depth = cell_depth.min(table_depth.saturating_sub(1));
            }
            if BLOCKS.contains(&name.as_str()) {
                block_boundary(&mut l, cell_depth, name == "tr");
            }
            if heading_level(&name).is_some() {
                l.heading = None;
            }
            match name.as_str() {
                n if FURNITURE.contains(&n) => furniture = furniture.saturating_sub(1),
                "ul" | "ol" | "menu" => {
                    lists = lists.saturating_sub(1);
                    // (Items left open close with their list.)
                    items = items.min(lists);
                }
                "li" => items = items.saturating_sub(1),
                _ => {}
            }
            continue;
        }
        // Elements whose text is raw (never markup) are skipped to their end tag.
        if matches!(
            name.as_str(),
            "script"
                | "style"
                | "title"
                | "textarea"
                | "xmp"
                | "noscript"
                | "iframe"
                | "noembed"
                | "noframes"
        ) && !self_closing
        {
            // A label a script was to complete (`今天是<script>…show_date.js`,
            // `访问量：<script>`): without the script's words it says nothing.
            if name == "script" && script_label(&l.cur) {
                l.script_label = true;
            }
            let close = format!("</{name}");
            i = match find_ci(&b[i..], close.as_bytes()) {
                Some(e) => s[i + e..].find('>').map_or(s.len(), |g| i + e + g + 1),
                None => s.len(),
            };
            continue;
        }
        if VOID.contains(&name.as_str()) || self_closing {
            match name.as_str() {
                "br" => {
                    if cell_depth > 0 {
                        l.cell_breaks.push(l.cur.len());
                        l.text(" ", false);
                    } else {
                        l.end_line(true);
                    }
                }
                "hr" => block_boundary(&mut l, cell_depth, false),
                _ => {}
            }
            continue;
        }
        if DROPPED.contains(&name.as_str()) || is_hidden(attrs) {
            hidden = Some((name, 1));
            continue;
        }
        if name == "table" {
            table_depth += 1;
        }
        match name.as_str() {
            n if FURNITURE.contains(&n) => furniture += 1,
            "ul" | "ol" | "menu" => lists += 1,
            // (An item left open is closed by the next one of its list.)
            "li" if items < lists.max(1) => items += 1,
            _ => {}
        }
        match name.as_str() {
            "pre" => {
                block_boundary(&mut l, cell_depth, false);
                pre += 1;
            }
            "tr" => {
                // (A new row closes a cell left open.)
                cell_depth = cell_depth.min(table_depth.saturating_sub(1));
                block_boundary(&mut l, cell_depth, true);
                cells_in_row = 0;
            }
            "td" | "th" if table_depth > 0 => {
                // (A cell of the same table still open is closed by this one:
                // `<td>a<td>b`.)
                cell_depth = cell_depth.min(table_depth - 1);
                if cell_depth == 0 {
                    if cells_in_row > 0 {
                        l.cur.push('\t');
                        l.space = false;
                    }
                    cells_in_row += 1;
                }
                cell_depth += 1;
            }
            // (A cell outside any table still sets its words apart from the ones
            // before: `首页` `通知公告`.)
            "td" | "th" => l.text(" ", false),
            n if BLOCKS.contains(&n) => {
                block_boundary(&mut l, cell_depth, false);
                if cell_depth == 0 && furniture == 0 && items == 0 {
                    if let Some(level) = heading_level(n) {
                        l.heading = Some(level);
                    }
                }
            }
            _ => {}
        }
    }
    l.end_line(false);
    let lead = l.out.len() - l.out.trim_start_matches('\n').len();
    let text = l.out.trim_matches('\n');
    let mut out = String::with_capacity(text.len() + 1);
    out.push_str(text);
    if !out.is_empty() {
        out.push('\n');
    }
    let mut outline: Vec<OutlineLine> = l
        .outline
        .into_iter()
        .filter(|o| o.start >= lead && o.start - lead < text.len())
        .map(|o| OutlineLine {
            start: o.start - lead,
            level: o.level,
        })
        .collect();
    if let Some(t) = page_title {
        titled_outline(&out, &mut outline, &t);
    }
    (out, outline)
}

/// Separators between the parts of a page's `<title>` (`标题--栏目-网站`,
/// `标题_网站`, `标题 | 网站`).
const TITLE_SEPARATORS: &[&str] = &["--", " - ", "－", "—", "_", "|", "｜", "-"];

/// The longest line under a column's heading that is still furniture (a link,
/// `当前位置：首页 > 新闻中心`), in characters.
const FURNITURE_LINE_CHARS: usize = 40;

/// Shortest heading taken for the page's own title, in characters.
const PAGE_TITLE_MIN_CHARS: usize = 4;

/// Shortest heading taken for the title when it only opens the `<title>` (a
/// title holding a separator itself: `2020-2021学年工作计划--教务处-…`).
const PAGE_TITLE_PREFIX_MIN_CHARS: usize = 8;

/// The heading that opens the page's `<title>` (`<h2 class="title">…</h2>` under
/// `<title>…--安全处-绍兴市第一中学</title>`) is the text's title: the top of its
/// outline. The headings above it name the site or its column (`<h3>安全处</h3>`):
/// no part of the text's outline.
fn titled_outline(text: &str, outline: &mut Vec<OutlineLine>, page_title: &str) {
    let line_of = |o: &OutlineLine| {
        let rest = &text[o.start..];
        rest[..rest.find('\n').unwrap_or(rest.len())].trim()
    };
    let mut first = page_title.trim();
    for sep in TITLE_SEPARATORS {
        if let Some(k) = first.find(sep) {
            first = first[..k].trim();
        }
    }
    // A title of one part names the site, not the article.
    if first.len() == page_title.trim().len() {
        return;
    }
    let Some(k) = outline.iter().position(|o| {
        let line = line_of(o);
        line.chars().count() >= PAGE_TITLE_MIN_CHARS
            && (line == first
                || (line.chars().count() >= PAGE_TITLE_PREFIX_MIN_CHARS
                    && page_title.trim().starts_with(line)))
    }) else {
        return;
    };
    // Headings above it name the site or its column only when no text stands
    // under them (`<h1>学校概况</h1><p>本校创建于…</p>` is a part of the page).
    let bare = |j: usize| {
        let end = outline.get(j + 1).map_or(text.len(), |n| n.start);
        let below = &text[outline[j].start..end];
        below
            .lines()
            .skip(1)
            .all(|l| l.trim().chars().count() <= FURNITURE_LINE_CHARS)
    };
    if !(0..k).all(bare) {
        return;
    }
    outline.drain(..k);
    let top = outline[0].level;
    for (j, o) in outline.iter_mut().enumerate() {
        o.level = if j == 0 {
            1
        } else {
            (o.level + 1).saturating_sub(top).max(2)
        };
    }
}

/// `h1`…`h6`: the heading's level.
fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
        _ => None,
    }
}

/// A block starts or ends: a new line, or inside a table cell a space (the row
/// stays one line). A row always ends its line.
fn block_boundary(l: &mut Lines, cell_depth: usize, row: bool) {
    if cell_depth > 0 && !row {
        if l.cell_breaks.last() != Some(&l.cur.len()) {
            l.cell_breaks.push(l.cur.len());
        }
        l.space = true;
    } else {
        l.end_line(false);
    }
}

/// Where `needle` (lowercase ASCII) is in `hay`, in any case.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

/// Where a tag's `>` is, quotes respected.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote: Option<u8> = None;
    for (i, c) in s.bytes().enumerate() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(c),
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Words of a class or an id that name a page's furniture: menus, sidebars,
/// breadcrumbs, footers (`mainNav`, `sideMenuBox`, `box sideBox`, `breadcrumb`).
/// A word of a class or id names furniture when it opens the word (`sideBox`,
/// `navbar`), follows a `-` or `_` (`top-nav`), or opens a capitalized part of it
/// (`mainNav`, `sideMenuBox`); not inside a word (`inside`, `unavailable`).
const FURNITURE_NAMES: &[&str] = &[
    "nav",
    "menu",
    "side",
    "breadcrumb",
    "crumb",
    "footer",
    "sitemap",
];

/// Longest label a script completes, in characters.
const SCRIPT_LABEL_CHARS: usize = 8;

/// Whether the start of a line is a short label waiting for a script's words:
/// it ends with a copula or a colon (`今天是`, `当前时间：`).
fn script_label(cur: &str) -> bool {
    let t = cur.trim();
    !t.is_empty() && t.chars().count() <= SCRIPT_LABEL_CHARS && t.ends_with(['是', '：', ':'])
}

/// Whether an element's class or id names it as furniture (see [`FURNITURE_NAMES`]).
fn names_furniture(attrs: &str) -> bool {
    let lower = attrs.to_ascii_lowercase();
    ["class", "id"].iter().any(|k| {
        lower.match_indices(k).any(|(i, _)| {
            let boundary = i == 0 || lower[..i].ends_with(|c: char| c.is_ascii_whitespace());
            let v = lower[i + k.len()..].trim_start();
            let Some(v) = v.strip_prefix('=') else {
                return false;
            };
            let at = attrs.len() - v.trim_start().len();
            let raw = &attrs[at..];
            let value = match raw.chars().next() {
                Some(q @ ('"' | '\'')) => raw[1..].split(q).next().unwrap_or(""),
                _ => raw
                    .split(|c: char| c.is_ascii_whitespace())
                    .next()
                    .unwrap_or(""),
            };
            boundary && value.split_ascii_whitespace().any(furniture_word)
        })
    })
}

/// Whether one class name or id names furniture (see [`FURNITURE_NAMES`]).
fn furniture_word(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    FURNITURE_NAMES.iter().any(|w| {
        lower.starts_with(w)
            || lower.match_indices(w).any(|(i, _)| {
                i > 0
                    && (matches!(lower.as_bytes()[i - 1], b'-' | b'_')
                        || word.as_bytes()[i].is_ascii_uppercase())
            })
    })
}

/// Whether a tag's attributes hide it (`hidden`, `display:none`, `visibility:hidden`).
fn is_hidden(attrs: &str) -> bool {
    let a = attrs.to_ascii_lowercase();
    let compact: String = a.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    compact.contains("display:none")
        || compact.contains("visibility:hidden")
        || a.split(|c: char| c.is_ascii_whitespace() || c == '/')
            .any(|w| w == "hidden" || w.starts_with("hidden="))
}

/// Text with its character references decoded (`&amp;`, `&#x4E00;`, `&nbsp;`…).
fn decode_refs(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let body_len = rest[1..]
            .bytes()
            .take(32)
            .position(|c| !(c.is_ascii_alphanumeric() || c == b'#'))
            .unwrap_or(rest.len().saturating_sub(1).min(32));
        let body = &rest[1..1 + body_len];
        let with_semi = rest[1 + body_len..].starts_with(';');
        let value = if let Some(num) = body.strip_prefix('#') {
            let n = match num.strip_prefix(['x', 'X']) {
                Some(h) => u32::from_str_radix(h, 16).ok(),
                None => num.parse().ok(),
            };
            n.map(|n| {
                match n {
                    0 => '\u{FFFD}',
                    // Windows-1252 numbers in pages that meant them (`&#150;`).
                    0x80..=0x9F => encoding_rs::WINDOWS_1252
                        .decode_without_bom_handling(&[n as u8])
                        .0
                        .chars()
                        .next()
                        .unwrap_or('\u{FFFD}'),
                    _ => char::from_u32(n).unwrap_or('\u{FFFD}'),
                }
                .to_string()
            })
        } else {
            named(body).map(str::to_string)
        };
        match value {
            Some(v) if !body.is_empty() => {
                out.push_str(&v);
                rest = &rest[1 + body_len + usize::from(with_semi)..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// The named references pages use.
fn named(name: &str) -> Option<&'static str> {
    Some(match name {
        "nbsp" | "ensp" | "emsp" | "thinsp" => " ",
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "apos" => "'",
        "shy" | "zwnj" | "zwj" | "lrm" | "rlm" => "",
        "ldquo" => "“",
        "rdquo" => "”",
        "lsquo" => "‘",
        "rsquo" => "’",
        "mdash" => "—",
        "ndash" => "–",
        "hellip" => "…",
        "middot" => "·",
        "bull" => "•",
        "times" => "×",
        "divide" => "÷",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "deg" => "°",
        "plusmn" => "±",
        "yen" => "¥",
        "cent" => "¢",
        "pound" => "£",
        "euro" => "€",
        "sect" => "§",
        "para" => "¶",
        "laquo" => "«",
        "raquo" => "»",
        "permil" => "‰",
        "rarr" => "→",
        "larr" => "←",
        "uarr" => "↑",
        "darr" => "↓",
        "le" => "≤",
        "ge" => "≥",
        "ne" => "≠",
        "minus" => "−",
        "frac12" => "½",
        "frac14" => "¼",
        "frac34" => "¾",
        "sup2" => "²",
        "sup3" => "³",
        "micro" => "µ",
        "iexcl" => "¡",
        "iquest" => "¿",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_lines_and_scripts_are_dropped() {
        let t = visible_text(
            "<html><head><title>T</title><style>p{}</style></head><body>\
             <h1>一、总体情况</h1><p>本季度\n共开展活动&nbsp;12&nbsp;场。</p>\
             <script>var a = '<p>x</p>';</script><div hidden>隐藏</div>\
             <table><tr><th>项目</th><th>金额</th></tr><tr><td>场地</td><td>1,200元</td></tr></table>\
             <p>A &amp; B&#x4E00;&#19968;</p></body></html>",
        );
        assert_eq!(
            t,
            "一、总体情况\n本季度共开展活动 12 场。\n项目\t金额\n场地\t1,200元\nA & B一一\n"
        );
    }

    /// A school's page (绍兴一中's 2010 safety plan on its own site): the headings
    /// of its menu (`<ul class="mainNav"><li><h4><a>首页</a></h4></li>`), its
    /// sidebar (`<div class="box sideBox"><h3>推荐阅读</h3>`) and its footer are no
    /// part of the outline; their text stays, and so do the article's headings.
    #[test]
    fn menus_sidebars_and_footers_hold_no_headings() {
        let (text, outline) = visible_text_outlined(
            "<ul class=\"mainNav\"><li><h4><a href=\"/\">首页</a></h4></li><li><h4>新闻中心</h4>\
             <ul><li><h4>学校公告</h4></li></ul></li></ul>\
             <div class=\"box sideBox\"><div class=\"hd\"><h3>推荐阅读</h3></div><div><p>x</p></div></div>\
             <nav><h2>导航</h2></nav>\
             <div class=\"printArea\"><h2 class=\"title\">绍兴一中2010年安全工作计划</h2>\
             <h3>一、指导思想</h3><p>以安全为本。</p></div><footer><h4>联系我们</h4></footer>",
        );
        let heads: Vec<&str> = outline
            .iter()
            .map(|o| text[o.start..].lines().next().unwrap())
            .collect();
        assert_eq!(heads, ["绍兴一中2010年安全工作计划", "一、指导思想"]);
        assert!(
            text.starts_with("首页\n新闻中心\n学校公告\n推荐阅读\n"),
            "{text}"
        );
        // Nor after furniture that is hidden (dropped whole).
        let (_, outline) = visible_text_outlined(
            "<div class=\"nav\" style=\"display: none\">首页</div><h1>各位代表：</h1><h2>一、回顾</h2>",
        );
        assert_eq!(outline.len(), 2);
        // An article's own `<header>` holds its title; a word that only holds a
        // furniture word is none (`inside`, `unavailable`).
        let (_, outline) = visible_text_outlined(
            "<nav><h2>导航</h2></nav><article><header><h1>关于2024年工作的报告</h1></header>\
             <div id=\"inside\"><h2>一、工作回顾</h2></div><div class=\"top-nav\"><h3>首页</h3></div></article>",
        );
        assert_eq!(outline.len(), 2);
        // A heading after a list left with open items is the page's again.
        let (_, outline) = visible_text_outlined("<ul><li>一<li>二</ul><h2>标题</h2>");
        assert_eq!(outline.len(), 1);
    }

    /// The heading that opens the page's `<title>` tops the outline; a column's
    /// heading above it is none, and a label a script was to complete is dropped
    /// (绍兴一中's 2020 epidemic plan as its site serves it).
    #[test]
    fn the_page_title_tops_the_outline() {
        let (text, outline) = visible_text_outlined(
            "<html><head><title>绍兴一中疫情防控应急预案--安全处-绍兴市第一中学</title></head><body>\
             <div class=\"date\">今天是<script src=\"show_date.js\"></script></div>\
             <h3>安全处</h3><h2 class=\"title\">绍兴一中疫情防控应急预案</h2>\
             <h3>一、领导机构</h3><h4>（一）领导小组</h4><p>组长：校长。</p></body></html>",
        );
        assert!(!text.contains("今天是"), "{text}");
        // Words a script's words follow are the page's (`我们的目标是<script>…建设…`).
        let (sentence, _) =
            visible_text_outlined("<p>我们的目标是<script>x()</script>建设一流学校。</p>");
        assert_eq!(sentence, "我们的目标是建设一流学校。\n");
        let heads: Vec<(&str, u8)> = outline
            .iter()
            .map(|o| (text[o.start..].lines().next().unwrap(), o.level))
            .collect();
        assert_eq!(
            heads,
            [
                ("绍兴一中疫情防控应急预案", 1),
                ("一、领导机构", 2),
                ("（一）领导小组", 3)
            ]
        );
        // A title that names no heading of the page changes nothing.
        let (_, outline) = visible_text_outlined(
            "<head><title>学校网站</title></head><h3>安全处</h3><h2>预案</h2>",
        );
        assert_eq!(outline.len(), 2);
    }

    #[test]
    fn a_page_laid_out_in_one_cell_keeps_its_paragraphs() {
        // gov.cn's documents (国办函〔2005〕57号 as the State Council's site prints
        // it): the whole text in the one cell of a layout table's row.
        let t = visible_text(
            "<table><tr><td class=\"b12c\"><p>国务院办公厅关于印发国家粮食应急预案的函</p>\
             <p>国办函〔2005〕57号</p><p><b>1　总则</b></p><p>1.1　编制目的</p>第一行<br>第二行</td></tr>\
             <tr><td></td></tr></table>",
        );
        assert_eq!(
            t,
            "国务院办公厅关于印发国家粮食应急预案的函\n国办函〔2005〕57号\n1　总则\n1.1　编制目的\n第一行\n第二行\n"
        );
        // A row of several cells stays one line, its paragraphs joined.
        let t = visible_text(
            "<table><tr><td><p>项目</p><p>说明</p></td><td><p>1,200元</p></td></tr></table>",
        );
        assert_eq!(t, "项目 说明\t 1,200元\n");
    }

    #[test]
    fn cells_outside_a_table_are_dropped() {
        // A Taiwan school page (JanuxHsu/CSRC, views/3_4.php): a `<td>` left outside
        // any table, which a browser ignores, before the page's paragraphs.
        let t = visible_text(
            "<div><h3>要點</h3><td width=\"475\"><p>一、依據：<br>教育部特訂定本要點。</p>\
             <p>二、目的：</p><p>（一）建立機制。</p></td></div>",
        );
        assert_eq!(
            t,
            "要點\n一、依據：\n教育部特訂定本要點。\n二、目的：\n（一）建立機制。\n"
        );
        // Cells left open close with their row, their table or the next cell.
        let t =
            visible_text("<table><tr><td>项目<td>金额<tr><td>场地<td>1,200元</table><p>合计</p>");
        assert_eq!(t, "项目\t金额\n场地\t1,200元\n合计\n");
        // A table inside a cell stays inside it.
        let t = visible_text(
            "<table><tr><td>甲<table><tr><td>乙</td></tr></table></td><td>丙</td></tr></table><p>丁</p>",
        );
        assert_eq!(t.lines().last(), Some("丁"), "{t:?}");
    }

    #[test]
    fn the_declared_charset_is_used() {
        let (gbk, _, _) = encoding_rs::GBK.encode(
            "<html><head><meta charset=\"gb2312\"></head><body><p>社区活动</p></body></html>",
        );
        assert_eq!(read(&gbk, None).unwrap().0.text, "社区活动\n");
        let (big5, _, _) = encoding_rs::BIG5.encode(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"><p>社區活動</p>",
        );
        assert_eq!(read(&big5, None).unwrap().0.text, "社區活動\n");
    }

    #[test]
    fn broken_markup_never_panics() {
        for s in [
            "<",
            "<a",
            "</",
            "&",
            "&#",
            "&#x;",
            "<p>&#99999999;",
            "<!--",
            "<script>",
            "<div hidden><div>",
            "<td><br>",
        ] {
            let _ = visible_text(s);
        }
    }
}
