#![no_main]
//! Any bytes read as a .pdf file: the reader returns text or an input error,
//! never panics, and a document it reads is never empty.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let name = std::path::Path::new("input.pdf");
    if let Ok(e) = wenshu::read::read(Some(name), data.to_vec(), None) {
        if e.format != wenshu::read::Format::Text {
            assert!(!e.decoded.text.trim().is_empty());
        }
    }
});
