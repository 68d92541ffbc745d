#![no_main]
//! Any bytes through the whole pipeline (`Engine::process_bytes`): no panic, and
//! a document that keeps every promise about its decoded text.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let engine = wenshu_fuzz::engine();
    if let Ok(doc) = engine.process_bytes("fuzz.bin", data) {
        let text = wenshu::decode::decode(data, None)
            .expect("decoded once")
            .text;
        if let Err(e) = wenshu::invariants::check_document(&doc, &text) {
            panic!("{e}\nbytes: {data:?}");
        }
    }
});
