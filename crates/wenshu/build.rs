//! Loads jieba's default dictionary plus the project dictionary (`dicts/user.dict`)
//! once, at compile time, and writes a snapshot of the loaded state that the
//! segmenter embeds: start-up then copies tables instead of inserting 350,000
//! words (≈100 ms → a few ms), and of the part-of-speech model. See
//! `vendor/jieba-rs/src/snapshot.rs` and `posseg.rs`.

use std::io::BufReader;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../../dicts/user.dict");
    let mut jieba = jieba_rs::Jieba::new();
    let dict = std::fs::File::open("../../dicts/user.dict").expect("dicts/user.dict");
    jieba
        .load_dict(&mut BufReader::new(dict))
        .expect("dicts/user.dict: expected lines of `word [frequency] [tag]`");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("jieba.snapshot");
    std::fs::write(&out, jieba.to_snapshot()).expect("write the dictionary snapshot");
    // The part-of-speech model too: parsing its 2.5 MB of text was most of a
    // short run's start-up (≈35 ms).
    let out = out.with_file_name("posseg.snapshot");
    std::fs::write(&out, jieba_rs::posseg_snapshot()).expect("write the part-of-speech snapshot");
}
