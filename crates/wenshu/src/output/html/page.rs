//! The page of one document: its text with headings, facts and placeholders
//! marked in place, an outline of its sections, and the facts and placeholders
//! listed beside the text. A mark is reached by Tab (or `n`/`p`), and shows its
//! value and attributes on hover and on focus; the list entry describing it is
//! its accessible description.

use std::fmt::Write;

use super::escape::{escape, fragment, push};
use super::highlight::{self, Annotation};
use super::layout::{foot, head, lang_of, num};
use super::style::PAGE_JS;
use crate::document::{Document, Fact, FactKind, Placeholder, Qualifier, Severity};

/// The page of `doc`, whose decoded text is `text`. `up` is the relative path
/// from the page to the report's folder (`../../`).
pub(crate) fn render(doc: &Document, text: &str, up: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3 + 16 * 1024);
    let name = &doc.source.path;
    head(&mut out, &format!("{name} — wenshu report"));
    let _ = write!(
        out,
        r##"<a class="skip" href="#text">Skip to the text</a><header class="top"><a href="{up}index.html">← Overview</a><h1>{}</h1></header><main>"##,
        escape(name)
    );
    source_line(&mut out, doc);
    legend(&mut out, doc);
    out.push_str(r#"<div class="doc"><nav class="outline" aria-label="Outline"><h2>Outline</h2>"#);
    outline(&mut out, doc);
    out.push_str("</nav><section aria-label=\"Text\"><h2 id=\"text\">Text</h2>");
    let lang = lang_of(doc.source.script);
    let anns = annotations(doc, "");
    // The newline after `<pre>` is dropped by HTML parsers: one is written so a
    // text that starts with a line break keeps it.
    let _ = writeln!(
        out,
        r#"<pre class="text" id="text-original" lang="{lang}">"#
    );
    highlight::render(&mut out, text, &anns);
    out.push_str("</pre>");
    if let (Some(norm), Some(to)) = (&doc.normalized_text, &doc.normalized_to) {
        // Offsets are the original's: the copy is marked the same way only when
        // it has the same length in characters.
        let same = norm.chars().count() == text.chars().count();
        let nlang = match to.as_str() {
            "simplified" => "zh-Hans",
            _ => "zh-Hant",
        };
        let _ = writeln!(
            out,
            r#"<pre class="text" id="text-normalized" lang="{nlang}" hidden>"#
        );
        if same {
            highlight::render(&mut out, norm, &annotations(doc, "n"));
        } else {
            push(&mut out, norm);
        }
        out.push_str("</pre>");
    }
    out.push_str("</section><aside aria-label=\"Facts and placeholders\">");
    fact_list(&mut out, doc);
    placeholder_list(&mut out, doc);
    let _ = write!(
        out,
        r#"</aside></div><p><a href="{up}index.html">← Back to the overview</a></p></main>"#
    );
    foot(&mut out, PAGE_JS);
    out
}

fn source_line(out: &mut String, doc: &Document) {
    let s = &doc.source;
    let region = s.region.map_or("—", |r| r.as_str());
    let _ = write!(
        out,
        r#"<p class="muted" id="source">{} bytes · {} · {} · region {} · {} characters · {} lines · {} article(s) · {} section(s) · <span id="count-facts">{}</span> fact(s) · <span id="count-placeholders">{}</span> placeholder(s)</p>"#,
        num(s.bytes),
        escape(&s.encoding),
        script_name(s.script),
        region,
        num(s.chars as u64),
        num(s.lines as u64),
        doc.articles.len(),
        doc.sections.len(),
        doc.facts.len(),
        doc.placeholders.len()
    );
    for w in &doc.warnings {
        let _ = write!(
            out,
            r#"<p class="error">warning {}: {}</p>"#,
            escape(&w.code),
            escape(&w.message)
        );
    }
}

pub(crate) fn script_name(s: crate::document::Script) -> &'static str {
    use crate::document::Script;
    match s {
        Script::Traditional => "traditional",
        Script::Simplified => "simplified",
        Script::Mixed => "mixed",
        Script::None => "none",
    }
}

fn legend(out: &mut String, doc: &Document) {
    out.push_str(r#"<p class="legend">"#);
    for k in ["date", "count", "money", "percent", "duration"] {
        let _ = write!(out, r#"<span><span class="kind {k}">{k}</span></span>"#);
    }
    out.push_str(r#"<span><span class="kind ph">placeholder</span></span>"#);
    if doc.normalized_to.is_some() {
        let to = doc.normalized_to.as_deref().unwrap_or_default();
        let _ = write!(
            out,
            r#" <button type="button" class="toggle" id="toggle" aria-pressed="false" aria-controls="text-original text-normalized">Show the {} copy</button>"#,
            escape(to)
        );
    }
    out.push_str(r#" <span class="muted">Tab or n/p: next highlight</span></p>"#);
}

fn outline(out: &mut String, doc: &Document) {
    out.push_str("<ul>");
    for a in &doc.articles {
        let title = a.title.as_deref().unwrap_or("(untitled)");
        let _ = write!(
            out,
            r##"<li><a href="#a-{}">{}</a>"##,
            a.index,
            escape(title)
        );
        let mut depth = 0;
        for s in doc.sections.iter().filter(|s| s.article == a.index) {
            let level = s.level.max(1) as usize;
            if level > depth {
                for _ in depth..level {
                    out.push_str("<ul><li>");
                }
            } else {
                out.push_str("</li>");
                for _ in level..depth {
                    out.push_str("</ul></li>");
                }
                out.push_str("<li>");
            }
            depth = level;
            let _ = write!(
                out,
                r##"<a href="#s-{}">{}{}</a>"##,
                fragment(&s.id),
                escape(s.marker.as_deref().unwrap_or("")),
                escape(&s.title)
            );
        }
        for _ in 0..depth {
            out.push_str("</li></ul>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// What a fact says, one attribute a line: its value, then everything that
/// qualifies it.
/// A fact's text on one line: a date that a hard wrap cut (`86 年 5 月 1` + line
/// break + `日`) is shown joined, without the break and the next line's indent.
fn one_line(t: &str) -> String {
    t.split('\n').map(str::trim).collect()
}

pub(crate) fn fact_tip(f: &Fact) -> String {
    let mut lines = vec![format!(
        "{} = {}",
        kind_name(f.kind),
        f.value
            .as_ref()
            .map_or_else(|| "(incomplete)".to_string(), |v| v.to_string())
    )];
    if let Some(e) = &f.end {
        lines.push(format!("end: {e}"));
    }
    if let Some(c) = &f.currency {
        lines.push(format!("currency: {c}"));
    }
    if let Some(u) = &f.unit {
        lines.push(format!("unit: {u}"));
    }
    if let Some(o) = &f.object {
        lines.push(format!("object: {o}"));
    }
    if let Some(q) = f.qualifier {
        lines.push(format!("qualifier: {}", qualifier_name(q)));
    }
    if let Some(c) = f.change {
        let way = match c {
            crate::document::Change::Increase => "increase",
            crate::document::Change::Decrease => "decrease",
        };
        match &f.basis {
            Some(b) => lines.push(format!("change: {way} ({b})")),
            None => lines.push(format!("change: {way}")),
        }
    }
    if let Some(p) = &f.per {
        lines.push(format!("per: {p}"));
    }
    if let Some(s) = &f.subject {
        lines.push(format!("subject: {}", s.text));
    }
    if let Some(p) = f.precision {
        lines.push(format!(
            "precision: {}",
            serde_json::to_value(p)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default()
        ));
    }
    if let Some(p) = f.period {
        lines.push(format!("period: {p:?}"));
    }
    if let Some(p) = f.part {
        lines.push(format!(
            "part: {}",
            serde_json::to_value(p)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default()
        ));
    }
    if !f.inferred.is_empty() {
        lines.push(format!("inferred: {}", f.inferred.join(", ")));
    }
    if f.relative {
        lines.push("relative: yes".into());
    }
    if f.incomplete {
        lines.push("incomplete: a placeholder stands for its number".into());
    }
    if let Some(t) = &f.text_normalized {
        lines.push(format!("normalized: {}", one_line(t)));
    }
    if let Some(s) = &f.section {
        lines.push(format!("section {s}, line {}", f.line));
    } else {
        lines.push(format!("line {}", f.line));
    }
    lines.join("\n")
}

fn placeholder_tip(p: &Placeholder) -> String {
    let mut s = format!("{} ({})", p.kind.as_str(), severity_name(p.severity));
    if !p.context.is_empty() {
        s.push_str("\ncontext: ");
        s.push_str(&p.context);
    }
    let _ = write!(s, "\nline {}, column {}", p.line, p.column);
    s
}

pub(crate) fn kind_name(k: FactKind) -> &'static str {
    match k {
        FactKind::Date => "date",
        FactKind::Count => "count",
        FactKind::Money => "money",
        FactKind::Percent => "percent",
        FactKind::Duration => "duration",
    }
}

fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Approx => "approx",
        Qualifier::Nearly => "nearly",
        Qualifier::MoreThan => "more_than",
        Qualifier::AtLeast => "at_least",
        Qualifier::LessThan => "less_than",
        Qualifier::AtMost => "at_most",
    }
}

pub(crate) fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The marks of a document's text. `prefix` keeps the ids of a second copy of the
/// text (the normalized one) distinct.
fn annotations(doc: &Document, prefix: &str) -> Vec<Annotation> {
    let mut anns =
        Vec::with_capacity(doc.facts.len() + doc.placeholders.len() + doc.sections.len());
    for a in &doc.articles {
        let (start, end) = match a.title_span {
            Some([s, e]) => (s, e),
            // No title: an anchor where the article starts.
            None => (a.span[0], a.span[0]),
        };
        let id = format!("{prefix}a-{}", a.index);
        anns.push(Annotation {
            start,
            end,
            open: format!(r#"<span class="h" id="{id}" data-ref="{id}">"#),
            cont: format!(r#"<span class="h" data-ref="{id}">"#),
            close: "</span>",
        });
    }
    for s in &doc.sections {
        let id = format!("{prefix}s-{}", fragment(&s.id));
        // The marker and the title: the heading as a reader sees it.
        let start = s.span[0].min(s.title_span[0]);
        let class = if s.inline || s.item {
            ""
        } else {
            " class=\"h\""
        };
        anns.push(Annotation {
            start,
            end: s.title_span[1],
            open: format!(r#"<span{class} id="{id}" data-ref="{id}">"#),
            cont: format!(r#"<span{class} data-ref="{id}">"#),
            close: "</span>",
        });
    }
    for (i, f) in doc.facts.iter().enumerate() {
        let id = format!("{prefix}f-{i}");
        let kind = kind_name(f.kind);
        let value = f.value.as_ref().map(|v| v.to_string()).unwrap_or_default();
        let tip = escape(&fact_tip(f));
        anns.push(Annotation {
            start: f.span[0],
            end: f.span[1],
            open: format!(
                r#"<mark class="{kind}" id="{id}" data-ref="{id}" data-kind="{kind}" data-value="{}" data-tip="{tip}" tabindex="0" aria-describedby="fl-{i}">"#,
                escape(&value)
            ),
            cont: format!(r#"<mark class="{kind}" data-ref="{id}" data-cont="">"#),
            close: "</mark>",
        });
    }
    for (i, p) in doc.placeholders.iter().enumerate() {
        let id = format!("{prefix}p-{i}");
        let kind = p.kind.as_str();
        let tip = escape(&placeholder_tip(p));
        anns.push(Annotation {
            start: p.span[0],
            end: p.span[1],
            open: format!(
                r#"<mark class="ph {kind}" id="{id}" data-ref="{id}" data-kind="{kind}" data-severity="{}" data-tip="{tip}" tabindex="0" aria-describedby="pl-{i}">"#,
                severity_name(p.severity)
            ),
            cont: format!(r#"<mark class="ph {kind}" data-ref="{id}" data-cont="">"#),
            close: "</mark>",
        });
    }
    anns
}

fn fact_list(out: &mut String, doc: &Document) {
    let _ = write!(out, "<h2>Facts ({})</h2>", doc.facts.len());
    if doc.facts.is_empty() {
        out.push_str("<p class=\"muted\">None.</p>");
        return;
    }
    out.push_str("<ol id=\"fact-list\">");
    for (i, f) in doc.facts.iter().enumerate() {
        let kind = kind_name(f.kind);
        let tip = fact_tip(f);
        let (first, rest) = tip.split_once('\n').unwrap_or((&tip, ""));
        let _ = write!(
            out,
            r##"<li id="fl-{i}"><a href="#f-{i}"><span class="kind {kind}">{kind}</span>{}</a> {}"##,
            escape(&f.text),
            escape(first.split_once(" = ").map_or(first, |x| x.1)),
        );
        if !rest.is_empty() {
            let _ = write!(
                out,
                r#"<br><span class="muted">{}</span>"#,
                escape(&rest.replace('\n', "; "))
            );
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
}

fn placeholder_list(out: &mut String, doc: &Document) {
    let _ = write!(out, "<h2>Placeholders ({})</h2>", doc.placeholders.len());
    if doc.placeholders.is_empty() {
        out.push_str("<p class=\"muted\">None.</p>");
        return;
    }
    out.push_str("<ol id=\"placeholder-list\">");
    for (i, p) in doc.placeholders.iter().enumerate() {
        let _ = write!(
            out,
            r##"<li id="pl-{i}"><a href="#p-{i}"><span class="kind ph">{}</span>{}</a> <span class="muted">{} · line {}</span><br><span class="muted">{}</span></li>"##,
            p.kind.as_str(),
            escape(&p.text),
            severity_name(p.severity),
            p.line,
            escape(&p.context)
        );
    }
    out.push_str("</ol>");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line of the seed report (`corpus/community-mid-autumn-2025.txt`, line 17)
    /// with the count `20xx餘人` and the masked number `20xx` inside it, and a
    /// heading whose title is at the very start of the text.
    fn doc() -> (Document, String) {
        let text = "一、寓教與樂\n受益居民20xx餘人,<b>\n".to_string();
        let doc: Document = serde_json::from_value(serde_json::json!({
            "schema": 1,
            "source": {"path": "a<b>.txt", "bytes": 40, "sha256": "", "encoding": "UTF-8",
                       "script": "traditional", "chars": 20, "lines": 2},
            "articles": [{"index": 0, "title": null, "line": 1, "span": [0, 20]}],
            "sections": [{"id": "1", "article": 0, "level": 1, "marker": "一、", "ordinal": 1,
                          "title": "寓教與樂", "line": 1, "span": [0, 20], "title_span": [2, 6],
                          "parent": null}],
            "facts": [{"kind": "count", "text": "20xx餘人", "value": null, "unit": "人",
                       "qualifier": "more_than", "incomplete": true, "article": 0,
                       "section": "1", "line": 2, "column": 5, "span": [11, 17]}],
            "placeholders": [{"kind": "masked_number", "text": "20xx", "severity": "error",
                              "article": 0, "section": "1", "line": 2, "column": 5,
                              "span": [11, 15], "context": "寓教與樂 / 受益居民20xx餘人", "fact": 0}]
        }))
        .unwrap();
        (doc, text)
    }

    #[test]
    fn a_placeholder_in_a_fact_is_marked_inside_it_with_its_tooltips() {
        let (doc, text) = doc();
        let html = render(&doc, &text, "../");
        let pre = &html[html.find("id=\"text-original\"").unwrap()..];
        let pre = &pre[..pre.find("</pre>").unwrap()];
        assert!(pre.contains("受益居民<mark class=\"count\" id=\"f-0\""));
        assert!(pre.contains("<mark class=\"ph masked_number\" id=\"p-0\""));
        assert!(pre.contains(">20xx</mark>餘人</mark>,&lt;b&gt;"));
        // The heading: marker and title, anchored for the outline.
        assert!(pre.contains("<span class=\"h\" id=\"s-1\" data-ref=\"s-1\">一、寓教與樂</span>"));
        assert!(html.contains("href=\"#s-1\">一、寓教與樂</a>"));
        // Values and attributes on hover and focus, and in the side list.
        assert!(pre.contains("data-tip=\"count = (incomplete)\nunit: 人\nqualifier: more_than"));
        assert!(pre.contains("tabindex=\"0\" aria-describedby=\"fl-0\""));
        assert!(html.contains("<li id=\"pl-0\">"));
        assert!(html.contains("<h1>a&lt;b&gt;.txt</h1>"));
        assert!(html.contains("href=\"../index.html\""));
        assert!(!html.contains("<b>"));
    }

    #[test]
    fn a_change_its_basis_rate_and_subject_are_in_the_tip() {
        let f: Fact = serde_json::from_value(serde_json::json!({
            "kind": "percent", "text": "5.2%", "value": 5.2, "unit": "percent",
            "change": "increase", "basis": "比上年",
            "subject": {"text": "国内生产总值", "span": [2, 8]},
            "article": 0, "section": null, "line": 1, "column": 23, "span": [22, 26]
        }))
        .unwrap();
        let tip = fact_tip(&f);
        assert!(tip.contains("change: increase (比上年)"), "{tip}");
        assert!(tip.contains("subject: 国内生产总值"), "{tip}");
    }

    #[test]
    fn the_converted_copy_is_marked_when_it_has_the_same_length() {
        let (mut doc, text) = doc();
        doc.normalized_to = Some("simplified".into());
        doc.normalized_text = Some("一、寓教与乐\n受益居民20xx余人,<b>\n".into());
        let html = render(&doc, &text, "");
        assert!(html.contains("id=\"toggle\""));
        let copy = &html[html.find("id=\"text-normalized\"").unwrap()..];
        assert!(copy.contains("<mark class=\"count\" id=\"nf-0\""));
        assert!(copy.contains(">20xx</mark>余人</mark>"));
    }
}
