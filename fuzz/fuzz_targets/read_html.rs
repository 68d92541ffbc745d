#![no_main]
//! Any bytes read as a .html file: the reader returns text or an input error,
//! never panics, and a document it reads is never empty.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let name = std::path::Path::new("input.html");
    if let Ok(e) = wenshu::read::read(Some(name), data.to_vec(), None) {
        // A heading the source marks starts a line of the text.
        let text = &e.decoded.text;
        for o in &e.outline {
            assert!(o.start < text.len() && text.is_char_boundary(o.start));
            assert!(o.start == 0 || text.as_bytes()[o.start - 1] == b'\n');
            assert!((1..=9).contains(&o.level));
        }
        if e.format != wenshu::read::Format::Text {
            assert!(!e.decoded.text.trim().is_empty());
        }
    }
});
