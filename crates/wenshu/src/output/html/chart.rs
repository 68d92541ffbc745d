//! Bar charts as inline SVG, written by hand: a label, a bar and the number on
//! each row. The chart is an image with a `<title>` and a `<desc>` that states
//! every value, and the caller shows the same numbers in a table beside it.

use std::fmt::Write;

use super::escape::escape;

/// Row height and the width of the label column and of the longest bar, in px.
const ROW: usize = 22;
const LABEL: usize = 120;
const BAR: usize = 260;

/// A horizontal bar chart of `rows` (label, value). `id` makes the title and
/// description referable (`aria-labelledby`).
pub(crate) fn bars(id: &str, title: &str, rows: &[(String, u64)]) -> String {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let height = ROW * rows.len().max(1) + 4;
    let width = LABEL + BAR + 70;
    let mut s = open_svg(id, title, rows, width, height);
    for (i, (label, v)) in rows.iter().enumerate() {
        let y = i * ROW + 2;
        let w = scaled(*v, max, BAR);
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end">{}</text><rect x="{LABEL}" y="{}" width="{w}" height="{}" rx="2"></rect><text x="{}" y="{}">{v}</text>"#,
            LABEL - 6,
            y + 15,
            escape(label),
            y + 3,
            ROW - 6,
            LABEL + w + 5,
            y + 15,
        );
    }
    s.push_str("</svg>");
    s
}

/// The chart's opening tag with its title and a text description of every row
/// (what a screen reader reads), referable with `aria-labelledby`.
fn open_svg(id: &str, title: &str, rows: &[(String, u64)], width: usize, height: usize) -> String {
    let desc: Vec<String> = rows.iter().map(|(l, v)| format!("{l}: {v}")).collect();
    let desc = if desc.is_empty() {
        "no data".to_string()
    } else {
        desc.join("; ")
    };
    format!(
        r#"<svg class="chart" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" aria-labelledby="{id}-t {id}-d"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        escape(title),
        escape(&desc)
    )
}

/// `v`'s length on a scale where `max` is `len` pixels: at least one pixel, so a
/// small non-zero value is still seen.
fn scaled(v: u64, max: u64, len: usize) -> usize {
    if v == 0 {
        0
    } else {
        ((v as f64 / max as f64) * len as f64).round().max(1.0) as usize
    }
}

/// A column chart of `rows` (label, value) in their order, for long series such
/// as years: one narrow column each, the label under it turned upright, the
/// value above it when there is room. It scales down to the page's width.
pub(crate) fn columns(id: &str, title: &str, rows: &[(String, u64)]) -> String {
    const COL: usize = 14;
    const PLOT: usize = 160;
    const BOTTOM: usize = 40;
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let width = (COL * rows.len()).max(COL) + 10;
    let height = PLOT + BOTTOM + 16;
    let mut s = open_svg(id, title, rows, width, height);
    for (i, (label, v)) in rows.iter().enumerate() {
        let x = 5 + i * COL;
        let h = scaled(*v, max, PLOT);
        let top = 16 + PLOT - h;
        let _ = write!(
            s,
            r#"<rect x="{}" y="{top}" width="{}" height="{h}" rx="1"><title>{}: {v}</title></rect><text transform="translate({},{}) rotate(-90)" text-anchor="end" font-size="10">{}</text>"#,
            x + 1,
            COL - 2,
            escape(label),
            x + COL / 2 + 3,
            16 + PLOT + 4,
            escape(label),
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_says_its_values_in_words_and_escapes_labels() {
        let svg = bars(
            "years",
            "Facts by year",
            &[("2024".into(), 10), ("<x>".into(), 5), ("零".into(), 0)],
        );
        assert!(svg.contains(r#"<title id="years-t">Facts by year</title>"#));
        assert!(svg.contains(r#"<desc id="years-d">2024: 10; &lt;x&gt;: 5; 零: 0</desc>"#));
        assert!(
            svg.contains(r#"width="260""#),
            "the largest bar is full width"
        );
        assert!(
            svg.contains(r#"width="130""#),
            "half the value, half the bar"
        );
        assert!(!svg.contains("<x>"));
    }

    #[test]
    fn a_column_per_year_with_its_value_in_words() {
        let svg = columns(
            "y",
            "Dates by year",
            &[("2023".into(), 8), ("2024".into(), 16)],
        );
        assert!(svg.contains(r#"<desc id="y-d">2023: 8; 2024: 16</desc>"#));
        assert!(
            svg.contains(r#"height="160""#),
            "the largest column is full height"
        );
        assert!(svg.contains(r#"height="80""#));
        assert!(svg.contains("<title>2024: 16</title>"));
    }

    #[test]
    fn an_empty_chart_is_still_an_image_with_a_text() {
        let svg = bars("e", "Nothing", &[]);
        assert!(svg.contains("no data"));
    }
}
