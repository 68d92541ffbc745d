//! `wenshu report`: the report of the real-report corpus (and the seed report),
//! opened in headless Chromium. The counts the overview shows equal the JSON
//! documents', every highlight holds exactly its fact's or placeholder's text, and
//! no page asks for anything outside its folder. Screenshots of the overview and
//! of the seed's page are left in `target/` for a person to look at.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{shared, wenshu};
use serde_json::Value;

const CHROMIUM: &str = "/usr/bin/chromium";

/// Chromium, or `None` (skip) when it is not installed; CI installs it.
fn chromium() -> Option<&'static str> {
    if Path::new(CHROMIUM).exists() {
        return Some(CHROMIUM);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{CHROMIUM} is missing, but CI=true: .ci/run installs it");
    }
    eprintln!("skipped: {CHROMIUM} is not installed");
    None
}

/// Run headless Chromium on `page` with `extra` flags (a fresh profile, no
/// network services); returns its standard output. Killed after two minutes.
fn run_chromium(bin: &str, page: &Path, extra: &[String]) -> String {
    run_chromium_at(bin, &format!("file://{}", page.display()), extra)
}

/// [`run_chromium`] on an address (a page with a query).
fn run_chromium_at(bin: &str, url: &str, extra: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    // Into a file: a DOM larger than a pipe's buffer would block Chromium until read.
    let stdout = profile.path().join("stdout");
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .stdout(std::fs::File::create(&stdout).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish with {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    String::from_utf8_lossy(&std::fs::read(&stdout).unwrap()).into_owned()
}

fn dump_dom(bin: &str, page: &Path) -> String {
    run_chromium(bin, page, &["--dump-dom".to_string()])
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    let end = tag[at..].find('"')? + at;
    Some(&tag[at..end])
}

/// The highlighted text of every `data-ref` inside the element whose opening tag
/// starts with `open`: the text of its pieces, in order, entities decoded.
fn highlights(html: &str, open: &str) -> BTreeMap<String, String> {
    let start = html.find(open).expect("the text element");
    let body = &html[start + open.len()..];
    let body = &body[body.find('>').unwrap() + 1..];
    let body = &body[..body.find("</pre>").unwrap()];
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut stack: Vec<Option<String>> = Vec::new();
    let mut rest = body;
    loop {
        let lt = rest.find('<').unwrap_or(rest.len());
        let text = unescape(&rest[..lt]);
        for r in stack.iter().flatten() {
            out.entry(r.clone()).or_default().push_str(&text);
        }
        if lt == rest.len() {
            break;
        }
        let gt = rest[lt..].find('>').unwrap() + lt;
        let tag = &rest[lt..=gt];
        if tag.starts_with("</") {
            stack.pop();
        } else {
            stack.push(attr(tag, "data-ref").map(String::from));
        }
        rest = &rest[gt + 1..];
    }
    out
}

/// The `data-v` of the element with this id, as a number.
fn shown(dom: &str, id: &str) -> u64 {
    let key = format!("id=\"{id}\"");
    let at = dom
        .find(&key)
        .unwrap_or_else(|| panic!("no #{id} in the page"));
    let tag_end = dom[at..].find('>').unwrap() + at;
    attr(&dom[at - 1..tag_end], "data-v")
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("#{id} has no number"))
}

/// The count in the row `data-key="KEY"` of the table `id`.
fn row(dom: &str, table: &str, key: &str) -> u64 {
    let at = dom.find(&format!("<table id=\"{table}\"")).unwrap();
    let end = dom[at..].find("</table>").unwrap() + at;
    let t = &dom[at..end];
    let r = t
        .find(&format!("data-key=\"{key}\""))
        .unwrap_or_else(|| panic!("no row {key} in {table}"));
    let v = t[r..].find("data-v=\"").unwrap() + r + 8;
    let e = t[v..].find('"').unwrap() + v;
    t[v..e].parse().unwrap()
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            v.extend(files(&p));
        } else {
            v.push(p);
        }
    }
    v
}

fn target_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn the_report_of_the_corpus_shows_what_the_json_says() {
    let Some(shared) = shared() else { return };
    let Some(bin) = chromium() else { return };
    let reports = shared.join("corpus/reports");
    let seed = shared.join("corpus/seed/community-mid-autumn-2025.txt");
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("report");
    let out = wenshu()
        .arg("report")
        .arg(&reports)
        .arg(&seed)
        .arg("-o")
        .arg(&site)
        .arg("-q")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "report failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = wenshu()
        .arg("extract")
        .arg(&reports)
        .arg(&seed)
        .output()
        .unwrap();
    let docs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (docs, failed): (Vec<&Value>, Vec<&Value>) =
        docs.iter().partition(|d| d.get("error").is_none());
    assert!(docs.len() > 400, "the corpus has hundreds of reports");

    // The overview, as the browser builds it.
    let index = site.join("index.html");
    let dom = dump_dom(bin, &index);
    assert_eq!(shown(&dom, "total-documents"), docs.len() as u64);
    assert_eq!(shown(&dom, "total-failures"), failed.len() as u64);
    let facts: u64 = docs
        .iter()
        .map(|d| d["facts"].as_array().unwrap().len() as u64)
        .sum();
    let placeholders: u64 = docs
        .iter()
        .map(|d| d["placeholders"].as_array().unwrap().len() as u64)
        .sum();
    assert_eq!(shown(&dom, "total-facts"), facts);
    assert_eq!(shown(&dom, "total-placeholders"), placeholders);
    let bytes: u64 = docs
        .iter()
        .map(|d| d["source"]["bytes"].as_u64().unwrap())
        .sum();
    assert_eq!(shown(&dom, "total-bytes"), bytes);
    let mut by_kind: BTreeMap<String, u64> = BTreeMap::new();
    let mut ph_kind: BTreeMap<String, u64> = BTreeMap::new();
    let mut encodings: BTreeMap<String, u64> = BTreeMap::new();
    for d in &docs {
        for f in d["facts"].as_array().unwrap() {
            *by_kind
                .entry(f["kind"].as_str().unwrap().into())
                .or_default() += 1;
        }
        for p in d["placeholders"].as_array().unwrap() {
            *ph_kind
                .entry(p["kind"].as_str().unwrap().into())
                .or_default() += 1;
        }
        *encodings
            .entry(d["source"]["encoding"].as_str().unwrap().into())
            .or_default() += 1;
    }
    for kind in ["date", "count", "money", "percent", "duration"] {
        let want = by_kind.get(kind).copied().unwrap_or(0);
        assert_eq!(
            row(&dom, "facts-by-kind", kind),
            want,
            "facts of kind {kind}"
        );
    }
    assert!(by_kind["date"] > 1000, "the corpus is full of dates");
    for (kind, n) in &ph_kind {
        assert_eq!(
            row(&dom, "placeholders-by-kind", kind),
            *n,
            "placeholders {kind}"
        );
    }
    for (enc, n) in &encodings {
        assert_eq!(row(&dom, "encodings", enc), *n, "encoding {enc}");
    }
    // Every document is a row of the table and every row links to a page.
    let table = &dom[dom.find("<table id=\"doc-table\"").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    assert_eq!(table.matches("<tr><td><a href=\"docs/").count(), docs.len());
    if let Some(dcl) = dom
        .find("data-dcl=\"")
        .map(|i| &dom[i + 10..i + 10 + dom[i + 10..].find('"').unwrap()])
    {
        eprintln!("overview DOMContentLoaded: {dcl} ms");
    }

    // The seed's page: 22 facts and 17 placeholders, each highlighted with exactly its text.
    let seed_doc = docs
        .iter()
        .find(|d| {
            d["source"]["path"]
                .as_str()
                .unwrap()
                .ends_with("community-mid-autumn-2025.txt")
        })
        .unwrap();
    let seed_page = site.join("docs/community-mid-autumn-2025.html");
    let seed_dom = dump_dom(bin, &seed_page);
    let marks = highlights(&seed_dom, "<pre class=\"text\" id=\"text-original\"");
    let seed_facts = seed_doc["facts"].as_array().unwrap();
    let seed_ph = seed_doc["placeholders"].as_array().unwrap();
    assert_eq!(seed_facts.len(), 22);
    assert_eq!(seed_ph.len(), 17);
    assert_eq!(marks.keys().filter(|k| k.starts_with("f-")).count(), 22);
    assert_eq!(marks.keys().filter(|k| k.starts_with("p-")).count(), 17);
    for (i, f) in seed_facts.iter().enumerate() {
        assert_eq!(
            marks[&format!("f-{i}")],
            f["text"].as_str().unwrap(),
            "fact {i}"
        );
    }
    for (i, p) in seed_ph.iter().enumerate() {
        assert_eq!(
            marks[&format!("p-{i}")],
            p["text"].as_str().unwrap(),
            "placeholder {i}"
        );
    }
    assert!(seed_dom.contains("id=\"count-facts\">22<"));
    assert!(seed_dom.contains("id=\"count-placeholders\">17<"));

    // Every page as written: highlights equal the JSON's texts, document by document.
    for d in &docs {
        let path = d["source"]["path"].as_str().unwrap();
        let link = dom_link_of(&dom, path);
        let html = std::fs::read_to_string(site.join(percent_decode(&link))).unwrap();
        let marks = highlights(&html, "<pre class=\"text\" id=\"text-original\"");
        for (key, list) in [("f", &d["facts"]), ("p", &d["placeholders"])] {
            let list = list.as_array().unwrap();
            for (i, x) in list.iter().enumerate() {
                assert_eq!(
                    marks.get(&format!("{key}-{i}")).map(String::as_str),
                    x["text"].as_str(),
                    "{path}: {key}-{i}"
                );
            }
        }
    }

    // Nothing is fetched: no reference leaves the folder, no page loads anything.
    for f in files(&site) {
        if f.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(&f).unwrap();
        for tag in [
            "<img",
            "<link",
            "<iframe",
            "<object",
            "<embed",
            "<script src",
        ] {
            assert!(!html.contains(tag), "{}: {tag}", f.display());
        }
        for key in [" src=\"", " href=\"", " action=\""] {
            for (i, _) in html.match_indices(key) {
                let v = &html[i + key.len()..];
                let v = &v[..v.find('"').unwrap()];
                // A fragment, or a relative path inside the folder: no scheme,
                // no host, no absolute path.
                let local = !v.contains(':') && !v.starts_with('/') && !v.starts_with('\\');
                assert!(local, "{}: {key}{v}", f.display());
                if !v.starts_with('#') {
                    let target = v.split('#').next().unwrap();
                    let resolved = f.parent().unwrap().join(percent_decode(&unescape(target)));
                    assert!(
                        resolved
                            .canonicalize()
                            .is_ok_and(|c| c.starts_with(site.canonicalize().unwrap())),
                        "{}: {v} is not a file of the report",
                        f.display()
                    );
                }
            }
        }
        assert!(
            html.contains("default-src 'none'"),
            "{}: no policy",
            f.display()
        );
    }

    // Screenshots for people.
    let shots = target_dir();
    for (page, name) in [
        (&index, "report-overview.png"),
        (&seed_page, "report-seed.png"),
    ] {
        let file = shots.join(name);
        let _ = std::fs::remove_file(&file);
        run_chromium(
            bin,
            page,
            &[
                format!("--screenshot={}", file.display()),
                "--window-size=1280,1600".into(),
            ],
        );
        assert!(file.exists(), "no screenshot {}", file.display());
    }
}

/// The page the overview links a document to.
fn dom_link_of(dom: &str, path: &str) -> String {
    let shown = format!(
        ">{}</a>",
        path.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    );
    let at = dom
        .find(&shown)
        .unwrap_or_else(|| panic!("no row for {path}"));
    let a = dom[..at].rfind("<a href=\"").unwrap() + 9;
    let end = dom[a..].find('"').unwrap() + a;
    unescape(&dom[a..end])
}

#[test]
fn check_writes_one_page_with_each_placeholder_marked() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("check.html");
    let seed = common::bundled_seed();
    let out = wenshu()
        .args(["check", "--no-config", "--format", "html", "-q", "-o"])
        .arg(&page)
        .arg(&seed)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the seed has blanks left");
    let html = std::fs::read_to_string(&page).unwrap();
    let json = wenshu()
        .args(["check", "--no-config", "--format", "json", "-q"])
        .arg(&seed)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    let errors = json["summary"]["errors"].as_u64().unwrap();
    let warnings = json["summary"]["warnings"].as_u64().unwrap();
    assert_eq!(
        html.matches("<mark class=\"ph ").count() as u64,
        errors + warnings
    );
    assert_eq!(
        html.matches("data-severity=\"error\"").count() as u64,
        errors
    );
    assert!(html.contains("data-exit=\"1\""));
    // Each mark holds the placeholder's text, as the human format's caret line does.
    assert!(html.contains("data-kind=\"masked_number\""));
    assert!(html.contains(">20xx</mark>"));
    assert!(html.contains("default-src 'none'"));
}

/// Make a folder of small reports: the bundled real ones (UTF-8, GBK and Big5
/// copies of community and library reports), one in a subfolder, and an input
/// that is not text.
fn small_batch(dir: &Path) {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    for e in std::fs::read_dir(&corpus).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    std::fs::copy(
        corpus.join("community-mid-autumn-2025.txt"),
        dir.join("sub/community-mid-autumn-2025.txt"),
    )
    .unwrap();
    std::fs::write(dir.join("scan.txt"), [0u8, 159, 146, 150, 0, 0, 1, 2]).unwrap();
}

/// `wenshu report IN -o OUT [extra]`; returns what it said.
fn report(input: &Path, out: &Path, extra: &[&str]) -> String {
    let o = wenshu()
        .arg("report")
        .arg(input)
        .arg("-o")
        .arg(out)
        .args(extra)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&o.stderr).into_owned();
    // Exit 2: the input that is not text failed, as it should.
    assert_eq!(o.status.code(), Some(2), "{said}");
    said
}

fn mtime(p: &Path) -> std::time::SystemTime {
    std::fs::metadata(p).unwrap().modified().unwrap()
}

#[test]
fn an_incremental_report_renders_only_what_changed_and_the_same_overview() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    small_batch(&input);
    let site = tmp.path().join("site");
    let said = report(&input, &site, &[]);
    assert!(
        said.contains("6 page(s) written, 1 input(s) failed"),
        "{said}"
    );
    let kept = site.join("docs/tw-community-care-2023.html");
    let before = mtime(&kept);

    // One input changes: only its page is rendered, and the overview is the one a
    // full run over the same inputs writes.
    let changed = input.join("library-volunteers-2024.txt");
    let mut text = std::fs::read_to_string(&changed).unwrap();
    text.push_str("\n2024年12月31日前，另募集捐款3000元。\n");
    std::fs::write(&changed, text).unwrap();
    let said = report(&input, &site, &["--incremental"]);
    assert!(
        said.contains("1 page(s) written, 5 unchanged, 1 input(s) failed"),
        "{said}"
    );
    assert_eq!(
        mtime(&kept),
        before,
        "an unchanged page is not written again"
    );
    let page = std::fs::read_to_string(site.join("docs/library-volunteers-2024.html")).unwrap();
    assert!(page.contains("另募集捐款"));
    let full = tmp.path().join("full");
    report(&input, &full, &["-q"]);
    let overview = |d: &Path| std::fs::read(d.join("index.html")).unwrap();
    assert!(overview(&site) == overview(&full), "the overviews differ");
    let index = String::from_utf8(overview(&site)).unwrap();
    assert_eq!(shown(&index, "total-documents"), 6);
    assert_eq!(shown(&index, "total-failures"), 1);
    assert!(index.contains("scan.txt"), "the failure is listed");

    // A removed input leaves the overview.
    std::fs::remove_file(input.join("sub/community-mid-autumn-2025.txt")).unwrap();
    let said = report(&input, &site, &["--incremental"]);
    assert!(said.contains("0 page(s) written, 5 unchanged"), "{said}");
    let full = tmp.path().join("full2");
    report(&input, &full, &["-q"]);
    assert!(overview(&site) == overview(&full), "the overviews differ");
    assert!(!String::from_utf8(overview(&site))
        .unwrap()
        .contains("sub/community-mid-autumn-2025.html"));

    // A damaged or missing manifest: every page is rendered, with a note.
    let manifest = site.join(".wenshu-manifest.json");
    std::fs::write(&manifest, "{\"fingerprint\": [").unwrap();
    let said = report(&input, &site, &["--incremental"]);
    assert!(
        said.contains("the manifest could not be read; every page is rendered"),
        "{said}"
    );
    assert!(said.contains("5 page(s) written, 0 unchanged"), "{said}");
    assert!(overview(&site) == overview(&full), "the overviews differ");
    std::fs::remove_file(&manifest).unwrap();
    let said = report(&input, &site, &["--incremental"]);
    assert!(said.contains("there is no manifest"), "{said}");
    assert!(overview(&site) == overview(&full), "the overviews differ");
    // Other settings make other pages: all are rendered again.
    let said = report(&input, &site, &["--incremental", "--to", "traditional"]);
    assert!(said.contains("other settings"), "{said}");
    assert!(said.contains("5 page(s) written, 0 unchanged"), "{said}");
}

/// The `data-matches` of the table's status line, once the page's script ran.
fn matches_shown(dom: &str) -> u64 {
    let at = dom
        .find("id=\"doc-table-status\"")
        .expect("the status line");
    let tag = &dom[dom[..at].rfind('<').unwrap()..at + dom[at..].find('>').unwrap()];
    attr(tag, "data-matches")
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no matches shown: {tag}"))
}

fn table_rows(dom: &str) -> Vec<&str> {
    let t = &dom[dom.find("<table id=\"doc-table\"").unwrap()..];
    let t = &t[..t.find("</table>").unwrap()];
    t.match_indices("<tr><td><a href=\"")
        .map(|(i, k)| {
            let v = &t[i + k.len()..];
            &v[..v.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn a_large_batch_is_paged_and_sorted_and_filtered_across_pages() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    // Short notices in the manner of the meeting minutes of the corpus: a date, a
    // head count, an amount; every tenth with a blank left in it.
    for i in 0..3000 {
        let blank = if i % 10 == 0 { "XX" } else { "" };
        let text = format!(
            "第{}次例会纪要\n{}年{}月{}日召开，到会{}人，拨付经费{}{}元。\n",
            i + 1,
            2000 + i % 25,
            i % 12 + 1,
            i % 28 + 1,
            i % 50 + 3,
            (i + 1) * 100,
            blank
        );
        std::fs::write(input.join(format!("doc-{i:04}.txt")), text).unwrap();
    }
    let site = tmp.path().join("site");
    let o = wenshu()
        .arg("report")
        .arg(&input)
        .arg("-o")
        .arg(&site)
        .arg("-q")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let docs = common::extract_jsonl(&[input.to_str().unwrap()]);
    assert_eq!(docs.len(), 3000);
    let facts: usize = docs
        .iter()
        .map(|d| d["facts"].as_array().unwrap().len())
        .sum();
    let placeholders: usize = docs
        .iter()
        .map(|d| d["placeholders"].as_array().unwrap().len())
        .sum();
    assert!(placeholders >= 300, "{placeholders}");

    // Three pages of 1,000 rows, linked to each other, and one data file.
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert_eq!(shown(&index, "total-documents"), 3000);
    assert_eq!(shown(&index, "total-facts"), facts as u64);
    assert_eq!(shown(&index, "total-placeholders"), placeholders as u64);
    let first = table_rows(&index);
    assert_eq!(first.len(), 1000);
    assert_eq!(first[0], "docs/doc-0000.html");
    assert!(index.contains("href=\"documents-3.html#documents\""));
    let third = std::fs::read_to_string(site.join("documents-3.html")).unwrap();
    let rows = table_rows(&third);
    assert_eq!(rows.len(), 1000);
    assert_eq!(rows[999], "docs/doc-2999.html");
    assert!(third.contains("rows 2001–3000 on this page"));
    assert!(!site.join("documents-4.html").exists());
    let data = std::fs::read_to_string(site.join("documents-data-1.js")).unwrap();
    assert_eq!(data.lines().count(), 3000);
    assert!(!site.join("documents-data-2.js").exists());

    let Some(bin) = chromium() else { return };
    let at = |query: &str| {
        let url = format!("file://{}?{query}", site.join("index.html").display());
        run_chromium_at(
            bin,
            &url,
            &["--dump-dom".into(), "--virtual-time-budget=10000".into()],
        )
    };
    // Filtering the first page finds rows of the third.
    let dom = at("q=doc-29");
    assert_eq!(matches_shown(&dom), 100);
    let rows = table_rows(&dom);
    assert_eq!(rows.len(), 100);
    assert!(
        rows.iter().all(|r| r.starts_with("docs/doc-29")),
        "{rows:?}"
    );
    // Sorting takes every page: the most placeholders first, then by file.
    let dom = at("sort=placeholders&order=desc");
    assert_eq!(matches_shown(&dom), 3000);
    let rows = table_rows(&dom);
    assert_eq!(rows.len(), 1000);
    let most = docs
        .iter()
        .map(|d| d["placeholders"].as_array().unwrap().len())
        .max()
        .unwrap();
    let top = docs
        .iter()
        .find(|d| d["placeholders"].as_array().unwrap().len() == most)
        .unwrap();
    let name = Path::new(top["source"]["path"].as_str().unwrap())
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert_eq!(rows[0], format!("docs/{name}.html"));
    // Without a filter or an order the page shows its own rows.
    let dom = at("");
    assert_eq!(table_rows(&dom).len(), 1000);
}
