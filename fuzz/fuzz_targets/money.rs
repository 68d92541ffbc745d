#![no_main]
//! money: text over an alphabet of money fragments, through the whole document
//! pipeline (`Engine::process_text`, so `facts::extract` and the placeholder
//! `Detector`); every fact and placeholder must equal the original at its span,
//! and a CRLF + BOM copy must give the same results.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = wenshu_fuzz::text_from(data, wenshu_fuzz::MONEY);
    wenshu_fuzz::check_text(&text);
});
