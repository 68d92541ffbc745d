#![no_main]
//! Section nesting: for any text, sections nest (child inside parent, levels down
//! by one, bounded depth) and every range is on character boundaries.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = wenshu_fuzz::text_from(data, wenshu_fuzz::SECTIONS);
    let st = wenshu::structure::analyze(&text);
    if let Err(e) = wenshu::invariants::check_structure(&st, &text) {
        panic!("{e}\ntext: {text:?}");
    }
    // The raw bytes as (lossy) text too.
    let raw = String::from_utf8_lossy(data);
    let st = wenshu::structure::analyze(&raw);
    if let Err(e) = wenshu::invariants::check_structure(&st, &raw) {
        panic!("{e}\ntext: {raw:?}");
    }
});
