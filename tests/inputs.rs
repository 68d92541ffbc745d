//! Word documents, web pages and OFD files: what is read from them, that the
//! structure, facts and placeholders of a report survive the format, and that
//! damaged or hostile files end as input errors.
//!
//! Fixtures (tests/fixtures/inputs/, sources and licences in SOURCES.md):
//! `generated/` holds documents written by `scripts/make-input-fixtures.py` from
//! corpus texts; `real/` holds public OFD files from four producers and Word
//! files saved by Word.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use common::{assert_offsets_sacred, extract_jsonl, shared, wenshu, zip_of};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/inputs")
}

fn fixture(rel: &str) -> String {
    fixtures().join(rel).to_string_lossy().into_owned()
}

/// The generated fixtures and the corpus texts they were made from.
const GENERATED: &[(&str, &str)] = &[
    (
        "community-mid-autumn-2025",
        "seed/community-mid-autumn-2025.txt",
    ),
    ("city-058", "reports/cn-city-gwr/city-058.txt"),
    (
        "npc-resolution-18",
        "reports/cn-national-gwr/npc-resolution-18.txt",
    ),
    (
        "sig_knowlege__2022-08-23-meeting",
        "reports/oh-meeting-minutes/sig_knowlege__2022-08-23-meeting.txt",
    ),
    (
        "LCEWC03_090311",
        "reports/tw-ly-proceedings/LCEWC03_090311.txt",
    ),
];

/// The share of `source`'s characters (white space left out) that the
/// extracted text keeps in order: 1 − edit distance / length, by Myers' O(ND)
/// diff over the two character sequences (insertions and deletions).
fn kept_share(source: &str, extracted: &str) -> f64 {
    let a: Vec<char> = source.chars().filter(|c| !c.is_whitespace()).collect();
    let b: Vec<char> = extracted.chars().filter(|c| !c.is_whitespace()).collect();
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max = (n + m) as usize;
    let limit = (n as usize / 50 + 16).min(max);
    let off = max as isize + 1;
    let mut v = vec![0isize; 2 * max + 3];
    for d in 0..=limit as isize {
        let mut k = -d;
        while k <= d {
            let idx = (k + off) as usize;
            let mut x = if k == -d || (k != d && v[idx - 1] < v[idx + 1]) {
                v[idx + 1]
            } else {
                v[idx - 1] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[idx] = x;
            if x >= n && y >= m {
                return 1.0 - d as f64 / n.max(1) as f64;
            }
            k += 2;
        }
    }
    1.0 - limit as f64 / n.max(1) as f64 - f64::EPSILON
}

fn text_of(doc: &Value) -> String {
    doc["text"]
        .as_str()
        .expect("extract --text adds the text")
        .to_string()
}

#[test]
fn generated_documents_keep_their_source_text() {
    let Some(shared) = shared() else { return };
    for (stem, source) in GENERATED {
        let original = std::fs::read_to_string(shared.join("corpus").join(source)).unwrap();
        for (ext, format) in [
            ("docx", "docx"),
            ("html", "html"),
            ("a.ofd", "ofd"),
            ("b.ofd", "ofd"),
        ] {
            let path = fixture(&format!("generated/{stem}.{ext}"));
            let docs = extract_jsonl(&["--text", &path]);
            let doc = &docs[0];
            assert_eq!(doc["source"]["format"], format, "{path}");
            let text = text_of(doc);
            assert_offsets_sacred(doc, &text);
            let share = kept_share(&original, &text);
            assert!(
                share >= 0.995,
                "{path}: {:.2}% of {source} kept",
                share * 100.0
            );
        }
    }
}

/// What the structure step and the rules make of a document, spans left out.
fn essence(doc: &Value) -> Value {
    let pick = |list: &Value, keys: &[&str]| -> Value {
        list.as_array()
            .unwrap()
            .iter()
            .map(|x| {
                keys.iter()
                    .map(|k| (k.to_string(), x[*k].clone()))
                    .collect::<serde_json::Map<_, _>>()
                    .into()
            })
            .collect::<Vec<Value>>()
            .into()
    };
    serde_json::json!({
        "articles": pick(&doc["articles"], &["title", "line", "date"]),
        "sections": pick(&doc["sections"], &["id", "article", "level", "marker", "ordinal", "title", "parent", "item", "inline", "line"]),
        "facts": pick(&doc["facts"], &["kind", "text", "value", "unit", "line", "column"]),
        "placeholders": pick(&doc["placeholders"], &["kind", "text", "severity", "line", "column"]),
    })
}

#[test]
fn the_seed_report_as_word_with_automatic_numbering_reads_as_the_text() {
    let Some(shared) = shared() else { return };
    let seed = shared.join("corpus/seed/community-mid-autumn-2025.txt");
    let docx = fixture("generated/community-mid-autumn-2025.docx");
    // The headings' markers (一、, (一)) are Word list numbers in the .docx: the
    // text has none of them, numbering.xml has them.
    let xml = unzip(&docx, "word/document.xml");
    assert!(!xml.contains("一、扶貧幫困") && xml.contains("扶貧幫困送溫暖"));
    assert!(xml.matches("<w:numId ").count() >= 10);
    let txt = &extract_jsonl(&[seed.to_str().unwrap()])[0];
    let doc = &extract_jsonl(&["--text", &docx])[0];
    assert_eq!(essence(doc), essence(txt));
    assert!(txt["sections"].as_array().unwrap().len() >= 10);
    assert!(txt["placeholders"].as_array().unwrap().len() >= 5);
    // The same for the page, in Big5.
    let html = &extract_jsonl(&[&fixture("generated/community-mid-autumn-2025.html")])[0];
    assert_eq!(html["source"]["encoding"], "Big5");
    assert_eq!(essence(html)["sections"], essence(txt)["sections"]);
    assert_eq!(essence(html)["facts"], essence(txt)["facts"]);
}

fn unzip(path: &str, entry: &str) -> String {
    let f = std::fs::File::open(path).unwrap();
    let mut z = zip::ZipArchive::new(f).unwrap();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut z.by_name(entry).unwrap(), &mut s).unwrap();
    s
}

#[test]
fn real_ofd_files_from_four_producers() {
    // OFD R&W (ofdrw): a one-line greeting.
    let doc = &extract_jsonl(&["--text", &fixture("real/ofdrw-helloworld.ofd")])[0];
    assert_eq!(text_of(doc), "你好呀，OFD Reader&Writer！\n");
    assert_eq!(doc["source"]["format"], "ofd");
    // OFD R&W: a paragraph split over two pages, read page after page.
    let t = text_of(&extract_jsonl(&["--text", &fixture("real/ofdrw-split-paragraph.ofd")])[0]);
    assert!(t.starts_with("报告：\n"), "{t}");
    assert!(t.find("第一段").unwrap() < t.find("第二段").unwrap());
    // Suwell (pdf2ofd): glyphs rotated by their CTM, one TextObject each: every
    // glyph is read once, none lost, none doubled.
    let path = fixture("real/suwell-horizontal-text.ofd");
    let t = text_of(&extract_jsonl(&["--text", &path])[0]);
    let content = unzip(&path, "Doc_0/Pages/Page_0/Content.xml");
    let mut written: Vec<char> = content
        .split("<ofd:TextCode")
        .skip(1)
        .flat_map(|s| {
            let body = &s[s.find('>').unwrap() + 1..s.find("</ofd:TextCode>").unwrap()];
            body.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<Vec<_>>()
        })
        .collect();
    let mut read: Vec<char> = t.chars().filter(|c| !c.is_whitespace()).collect();
    written.sort();
    read.sort();
    assert!(written.len() >= 15, "{written:?}");
    assert_eq!(read, written);
    // A tax e-invoice: its lines, amounts and the total in words.
    let doc = &extract_jsonl(&["--text", &fixture("real/einvoice-sample.ofd")])[0];
    let t = text_of(doc);
    assert!(t.contains("2020年10月10日\n"), "{t}");
    assert!(t.contains("*餐饮服务*餐费 次 4 25 100.00 6% 6.00\n"));
    assert!(t.contains("叁佰壹拾捌圆整 ¥318.00"));
    let facts = doc["facts"].as_array().unwrap();
    assert!(
        facts
            .iter()
            .any(|f| f["kind"] == "date" && f["value"] == "2020-10-10"),
        "{facts:?}"
    );
    assert!(facts
        .iter()
        .any(|f| f["kind"] == "money" && f["text"] == "¥318.00"));
}

fn read_error(name: &str, bytes: Vec<u8>) -> String {
    match wenshu::read::read(Some(Path::new(name)), bytes, None) {
        Ok(e) => panic!(
            "{name}: read as {:?}: {:?}",
            e.format,
            &e.decoded.text[..e.decoded.text.len().min(200)]
        ),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_zip_bomb_is_an_input_error() {
    // 80 MiB of one byte compresses to about 80 KiB.
    let big = vec![b' '; 80 << 20];
    let bomb = zip_of(&[("word/document.xml", &big)]);
    assert!(bomb.len() < 1 << 20);
    let e = read_error("bomb.docx", bomb);
    assert!(e.contains("zip bomb") && e.contains("MiB"), "{e}");
    // Many entries, each under the entry limit, together over the archive limit.
    let part = vec![b' '; 60 << 20];
    let pages: Vec<(String, &[u8])> = (0..5)
        .map(|i| (format!("Doc_0/Pages/Page_{i}/Content.xml"), part.as_slice()))
        .collect();
    let mut entries: Vec<(&str, &[u8])> = vec![(
        "OFD.xml",
        b"<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>",
    )];
    let doc = format!(
        "<Document><Pages>{}</Pages></Document>",
        (0..5)
            .map(|i| format!("<Page BaseLoc=\"Pages/Page_{i}/Content.xml\"/>"))
            .collect::<String>()
    );
    entries.push(("Doc_0/Document.xml", doc.as_bytes()));
    for (n, d) in &pages {
        entries.push((n.as_str(), d));
    }
    let e = read_error("many.ofd", zip_of(&entries));
    assert!(e.contains("counting the entries read before it"), "{e}");
}

#[test]
fn deep_and_recursive_xml_are_input_errors_or_harmless() {
    let deep = format!(
        "<w:document><w:body>{}x{}</w:body></w:document>",
        "<w:sdt>".repeat(100_000),
        "</w:sdt>".repeat(100_000)
    );
    let e = read_error(
        "deep.docx",
        zip_of(&[("word/document.xml", deep.as_bytes())]),
    );
    assert!(e.contains("more than 256 deep"), "{e}");
    // Entities declared in a DTD are never expanded ("billion laughs").
    let mut laughs = String::from("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for i in 1..10 {
        let prev = if i == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", i - 1)
        };
        laughs.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">",
            format!("&{prev};").repeat(10)
        ));
    }
    laughs.push_str(
        "]><w:document><w:body><w:p><w:r><w:t>&lol9;正文</w:t></w:r></w:p></w:body></w:document>",
    );
    let read = wenshu::read::read(
        Some(Path::new("laughs.docx")),
        zip_of(&[("word/document.xml", laughs.as_bytes())]),
        None,
    )
    .unwrap();
    assert_eq!(read.decoded.text, "&lol9;正文\n");
}

#[test]
fn too_many_ofd_pages_is_an_input_error() {
    let doc = format!(
        "<Document><Pages>{}</Pages></Document>",
        "<Page BaseLoc=\"p.xml\"/>".repeat(10_001)
    );
    let e = read_error(
        "pages.ofd",
        zip_of(&[
            (
                "OFD.xml",
                b"<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>",
            ),
            ("Doc_0/Document.xml", doc.as_bytes()),
        ]),
    );
    assert!(e.contains("more than 10000"), "{e}");
}

#[test]
fn damaged_and_unsupported_files_say_why() {
    let docx = std::fs::read(fixture("generated/npc-resolution-18.docx")).unwrap();
    let e = read_error("cut.docx", docx[..docx.len() / 2].to_vec());
    assert!(e.contains("cannot read this docx file"), "{e}");
    let e = read_error("a.docx", zip_of(&[("word/other.xml", b"<x/>")]));
    assert!(e.contains("neither a Word document"), "{e}");
    let e = read_error(
        "a.docx",
        zip_of(&[("word/document.xml", b"<w:document><w:body><w:p></w:body>")]),
    );
    assert!(e.contains("no text"), "{e}");
    let e = read_error(
        "a.ofd",
        zip_of(&[("OFD.xml", b"<OFD><DocBody></DocBody></OFD>")]),
    );
    assert!(e.contains("names no document"), "{e}");
    let e = read_error("a.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec());
    assert!(e.contains("cannot read this pdf file"), "{e}");
    let e = read_error("a.pdf", b"hello".to_vec());
    assert!(e.contains("no `%PDF-` header"), "{e}");
    let e = read_error(
        "a.docx",
        zip_of(&[
            ("content.xml", b"<x/>"),
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ]),
    );
    assert!(e.contains(".odt"), "{e}");
}

#[test]
fn the_command_reads_documents_and_names_what_it_skipped() {
    let dir = tempfile::tempdir().unwrap();
    for f in [
        "generated/npc-resolution-18.docx",
        "generated/npc-resolution-18.html",
        "real/ofdrw-helloworld.ofd",
        "real/pdfjs-gbk-euc.pdf",
    ] {
        std::fs::copy(
            fixtures().join(f),
            dir.path().join(Path::new(f).file_name().unwrap()),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("old.doc"), b"\xD0\xCF\x11\xE0").unwrap();
    std::fs::write(dir.path().join("old2.doc"), b"\xD0\xCF\x11\xE0").unwrap();
    std::fs::write(dir.path().join("sheet.xls"), b"x").unwrap();
    std::fs::write(dir.path().join("cut.docx"), b"PK\x03\x04broken").unwrap();
    let out = wenshu()
        .args(["extract", "-q"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // -q: no summary; the damaged file is an error (exit 2), the rest is read.
    assert!(!stderr.contains("skipped"), "{stderr}");
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cut.docx") && stderr.contains("cannot read this docx file"),
        "{stderr}"
    );
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let formats: Vec<&str> = lines
        .iter()
        .filter_map(|d| d["source"]["format"].as_str())
        .collect();
    assert_eq!(formats, ["docx", "html", "ofd", "pdf"]);
    std::fs::remove_file(dir.path().join("cut.docx")).unwrap();
    let out = wenshu().arg("extract").arg(dir.path()).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("skipped 3 files: .doc ×2 (save it as .docx to read it), .xls ×1"),
        "{stderr}"
    );
    // convert writes the extracted text of each document as .txt.
    let conv = tempfile::tempdir().unwrap();
    let out = wenshu()
        .args(["convert", "-q", "--to", "simplified", "-o"])
        .arg(conv.path())
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hello = std::fs::read_to_string(conv.path().join("ofdrw-helloworld.txt")).unwrap();
    assert_eq!(hello, "你好呀，OFD Reader&Writer！\n");
    let pdf = std::fs::read_to_string(conv.path().join("pdfjs-gbk-euc.txt")).unwrap();
    assert_eq!(pdf, "浅谈校长的魅力\n山西省闻喜县诚镇初中 李新录\n");
    assert!(conv.path().join("npc-resolution-18.docx.txt").exists());
    assert!(conv.path().join("npc-resolution-18.html.txt").exists());
}

#[test]
fn check_locates_placeholders_in_the_extracted_text_and_says_so() {
    let docx = fixture("generated/community-mid-autumn-2025.docx");
    let out = wenshu()
        .args(["check", "--no-config", &docx])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    // Line 2 of the extracted text holds `--社區`.
    assert!(
        stdout.contains("community-mid-autumn-2025.docx:2:"),
        "{stdout}"
    );
    assert!(
        stdout.contains("line and column are in the text extracted from this docx file"),
        "{stdout}"
    );
}

/// Every fixture, cut anywhere or with bytes changed, reads to text or to an
/// input error: never a panic, never an empty document.
mod damaged {
    use super::*;
    use proptest::prelude::*;

    fn all_fixtures() -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        for dir in ["generated", "real"] {
            for e in std::fs::read_dir(fixtures().join(dir)).unwrap() {
                let p = e.unwrap().path();
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                out.push((name, std::fs::read(&p).unwrap()));
            }
        }
        out.sort();
        out
    }

    fn must_not_be_empty(name: &str, bytes: Vec<u8>) {
        if let Ok(e) = wenshu::read::read(Some(Path::new(name)), bytes, None) {
            if e.format != wenshu::read::Format::Text {
                assert!(!e.decoded.text.trim().is_empty(), "{name}: empty document");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn truncated_or_flipped_fixtures(pick in 0usize..1000, cut in 0.0f64..1.0, flips in proptest::collection::vec((0.0f64..1.0, any::<u8>()), 0..8)) {
            let files = all_fixtures();
            let (name, bytes) = &files[pick % files.len()];
            let at = (bytes.len() as f64 * cut) as usize;
            must_not_be_empty(name, bytes[..at].to_vec());
            let mut changed = bytes.clone();
            for (pos, b) in flips {
                let i = ((changed.len() as f64 * pos) as usize).min(changed.len() - 1);
                changed[i] = b;
            }
            must_not_be_empty(name, changed);
        }

        #[test]
        fn arbitrary_bytes_under_any_name(bytes in proptest::collection::vec(any::<u8>(), 0..2048), ext in prop::sample::select(vec!["docx", "html", "htm", "ofd", "pdf", "txt", "bin"])) {
            // The same bytes behind a PDF header.
            let mut p = bytes.clone();
            p.splice(0..0, *b"%PDF-1.7\n");
            must_not_be_empty(&format!("x.{ext}"), p);
            let mut b = bytes.clone();
            must_not_be_empty(&format!("x.{ext}"), b.clone());
            // The same bytes behind a zip header, and as markup.
            b.splice(0..0, *b"PK\x03\x04");
            must_not_be_empty(&format!("x.{ext}"), b);
            let markup = format!("<html><body><p>{}</p>", String::from_utf8_lossy(&bytes));
            must_not_be_empty("x.html", markup.into_bytes());
        }
    }
}

#[test]
fn real_word_files_keep_the_body_and_drop_headers() {
    // python-docx's test documents, saved by Word.
    let t =
        text_of(&extract_jsonl(&["--text", &fixture("real/python-docx-known-paragraphs.docx")])[0]);
    assert_eq!(t, "Heading Paragraph\nNormal paragraph\n");
    let path = fixture("real/python-docx-header-footer.docx");
    assert!(unzip(&path, "word/header2.xml").contains("Header for section-1"));
    let t = text_of(&extract_jsonl(&["--text", &path])[0]);
    assert_eq!(
        t,
        "section with header\n\nsection without header of its own.\n"
    );
    // A document holding only an empty table has no text: an input error.
    let out = wenshu()
        .args(["extract", &fixture("real/python-docx-empty-table.docx")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"no_text\""));
}

/// The generated PDFs and the corpus texts they were made from (LibreOffice with
/// embedded Identity-H fonts; reportlab with Adobe's predefined CMaps and no
/// ToUnicode map, running heads and page numbers on every page).
const GENERATED_PDF: &[(&str, &str)] = &[
    (
        "community-mid-autumn-2025.libreoffice.pdf",
        "seed/community-mid-autumn-2025.txt",
    ),
    ("city-058.reportlab.pdf", "reports/cn-city-gwr/city-058.txt"),
    (
        "LCEWC03_090311.reportlab.pdf",
        "reports/tw-ly-proceedings/LCEWC03_090311.txt",
    ),
];

#[test]
fn generated_pdfs_keep_their_source_text() {
    let Some(shared) = shared() else { return };
    for (name, source) in GENERATED_PDF {
        let original = std::fs::read_to_string(shared.join("corpus").join(source)).unwrap();
        let path = fixture(&format!("generated/{name}"));
        let doc = &extract_jsonl(&["--text", &path])[0];
        assert_eq!(doc["source"]["format"], "pdf", "{path}");
        let text = text_of(doc);
        assert_offsets_sacred(doc, &text);
        let share = kept_share(&original, &text);
        assert!(
            share >= 0.995,
            "{path}: {:.2}% of {source} kept",
            share * 100.0
        );
        // Lines wrapped at the margin are joined back: as many lines as the source
        // where the producer's widths are known (reportlab's fonts are not embedded,
        // their widths are guessed, so a wrap may stay).
        let lines = |t: &str| t.lines().filter(|l| !l.trim().is_empty()).count();
        if name.contains("libreoffice") {
            assert_eq!(lines(&text), lines(&original), "{path}");
        }
        // Running heads and page numbers are not text.
        assert!(
            !text.contains("- 2 -") && !text.contains("城市政府工作报告\n"),
            "{path}"
        );
    }
}

#[test]
fn the_seed_report_as_pdf_reads_as_the_text() {
    let Some(shared) = shared() else { return };
    let seed = shared.join("corpus/seed/community-mid-autumn-2025.txt");
    let txt = &extract_jsonl(&[seed.to_str().unwrap()])[0];
    let pdf = &extract_jsonl(&[&fixture(
        "generated/community-mid-autumn-2025.libreoffice.pdf",
    )])[0];
    assert_eq!(essence(pdf), essence(txt));
    assert!(txt["sections"].as_array().unwrap().len() >= 10);
}

#[test]
fn real_pdfs_from_several_producers() {
    let text = |f: &str| text_of(&extract_jsonl(&["--text", &fixture(&format!("real/{f}"))])[0]);
    // Word through Microsoft Print to PDF: Identity-H fonts with ToUnicode maps.
    assert!(text("word-print-to-pdf-cover.pdf").starts_with("竞争性磋商文件\n"));
    assert!(text("word-print-to-pdf-fonts.pdf").matches('文').count() >= 8);
    // A TrueType font named 宋体 with no map: the bytes are GBK.
    let t = text("pdftools-gbk-truetype.pdf");
    assert!(t.contains("关于 红 军 作 战 的 原 则"), "{t}");
    assert!(t.contains("（一 九 三 七 年 八 月 一 日 ）"), "{t}");
    // Predefined CMaps without ToUnicode: GBK-EUC-H and UniGB-UTF16-H.
    assert_eq!(
        text("pdfjs-gbk-euc.pdf"),
        "浅谈校长的魅力\n山西省闻喜县诚镇初中 李新录\n"
    );
    assert_eq!(text("pdfjs-unigb-utf16.pdf"), "目录\n");
    // Identity-H with ToUnicode, emoji outside the BMP.
    let t = text("pdfjs-identity-h.pdf");
    assert!(
        t.contains("描述团队的共同目标，有利于团队成员理解目标并朝着目标努力。\n⛳ 知识库简介"),
        "{t}"
    );
    // OpenPDF (JasperReports), a page set sideways: read in its own direction.
    let t = text("openpdf-air-itinerary.pdf");
    assert!(t.contains("开具状态：正常\n国内国际标识：国内\n"), "{t}");
    assert!(t.contains("南航 CZ8866 V 2021-07-27 18:30 Y50 20K"), "{t}");
}

/// A PDF of `objects` (numbered from 1; 1 is the catalog), with a correct
/// cross-reference table.
fn pdf_of(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut o = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    o.extend_from_slice(data);
    o.extend_from_slice(b"\nendstream");
    o
}

const FONT: &str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

#[test]
fn a_scanned_pdf_has_no_text_layer() {
    let pdf = pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>".to_vec(),
        stream("", b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
        stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", b"\x80"),
    ]);
    let e = read_error("scan.pdf", pdf);
    assert!(e.contains("no text layer: OCR it first"), "{e}");
}

#[test]
fn a_password_protected_pdf_is_an_input_error() {
    // pdfminer.six's AES-128 sample, user password `foo`.
    let bytes = std::fs::read(fixture("real/pdfminer-aes-128-password.pdf")).unwrap();
    let e = read_error("locked.pdf", bytes);
    assert!(e.contains("password-protected"), "{e}");
}

#[test]
fn hostile_pdfs_end_with_an_input_error_or_a_bounded_result() {
    // A page tree whose node is its own kid, a form that draws itself, and a
    // reference chain that loops.
    let pdf = pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>".to_vec(),
        format!("<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 {FONT} >> /XObject << /X1 5 0 R >> >> /Rotate 6 0 R >>").into_bytes(),
        stream("", b"BT /F1 12 Tf 72 700 Td (cyclic) Tj ET /X1 Do"),
        stream("/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> /XObject << /X1 5 0 R >> >>", b"BT /F1 12 Tf 72 600 Td (form) Tj ET /X1 Do"),
        b"7 0 R".to_vec(),
        b"6 0 R".to_vec(),
    ]);
    let doc = wenshu::read::read(Some(Path::new("cyclic.pdf")), pdf, None).unwrap();
    // The page once, its form once (two lines of one paragraph).
    assert_eq!(doc.decoded.text, "cyclic form\n");

    // 10,001 pages: more than any report, an input error.
    let n = 10_001;
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {n} >>",
            (0..n)
                .map(|i| format!("{} 0 R", i + 4))
                .collect::<Vec<_>>()
                .join(" ")
        )
        .into_bytes(),
        stream("", b"BT /F1 12 Tf 72 700 Td (page) Tj ET"),
    ];
    for _ in 0..n {
        objects.push(format!("<< /Type /Page /Parent 2 0 R /Contents 3 0 R /Resources << /Font << /F1 {FONT} >> >> >>").into_bytes());
    }
    let e = read_error("pages.pdf", pdf_of(&objects));
    assert!(e.contains("more than 10000 pages"), "{e}");

    // A content stream that inflates from about 200 KiB to 200 MiB.
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..200 {
        z.write_all(&chunk).unwrap();
    }
    let bomb = z.finish().unwrap();
    assert!(bomb.len() < 1 << 20);
    let pdf = pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>".to_vec(),
        stream("/Filter /FlateDecode", &bomb),
    ]);
    let e = read_error("bomb.pdf", pdf);
    assert!(e.contains("decompression bomb"), "{e}");
}
