#![no_main]
//! Any bytes, detected or with a forced encoding: decoding never panics, and
//! every warning's byte offset points inside the input.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte may force an encoding, as `--encoding` does.
    let labels = [
        None,
        Some("gb18030"),
        Some("big5"),
        Some("utf-16le"),
        Some("utf-16be"),
    ];
    let (forced, body) = match data.split_first() {
        Some((&b, rest)) if (b as usize) < labels.len() => (labels[b as usize], rest),
        _ => (None, data),
    };
    let forced = forced.and_then(wenshu::decode::encoding_for_label);
    if let Ok(d) = wenshu::decode::decode(body, forced) {
        for w in &d.warnings {
            if let Some(off) = w.byte_offset {
                assert!(
                    (off as usize) < body.len(),
                    "warning offset {off} past the end"
                );
            }
        }
    }
});
