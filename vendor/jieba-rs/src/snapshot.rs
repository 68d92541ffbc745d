//! A binary snapshot of a loaded dictionary (wenshu's patch to jieba-rs 0.11.0).
//!
//! Loading the default dictionary parses 350,000 lines and inserts every word
//! into the trie's hash table, one cache miss after another: about 100 ms, most
//! of a short run's time. A snapshot is the loaded state itself (records, tags
//! and the trie's tables) in little-endian order, built once (at compile time,
//! by the program embedding it) and read back in a few milliseconds.
//! A custom HMM model is not part of a snapshot.

use rustc_hash::FxHashMap;

use crate::trie::{CharTrie, RootEntry, Slot};
use crate::{Error, Jieba, Record};

const MAGIC: &[u8; 8] = b"JIEBA-S1";

pub(crate) struct Writer(pub(crate) Vec<u8>);

impl Writer {
    pub(crate) fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn len(&mut self, n: usize) {
        self.u64(n as u64);
    }
}

pub(crate) struct Reader<'a> {
    pub(crate) bytes: &'a [u8],
}

pub(crate) fn invalid(what: &str) -> Error {
    Error::InvalidDictEntry(format!("dictionary snapshot: {what}"))
}

impl<'a> Reader<'a> {
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if self.bytes.len() < n {
            return Err(invalid("truncated"));
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }
    pub(crate) fn u32(&mut self) -> Result<u32, Error> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    pub(crate) fn u64(&mut self) -> Result<u64, Error> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes")))
    }
    /// A count of items of `size` bytes each, checked against what is left.
    pub(crate) fn len(&mut self, size: usize) -> Result<usize, Error> {
        let n = usize::try_from(self.u64()?).map_err(|_| invalid("length out of range"))?;
        if n.checked_mul(size).is_none_or(|b| b > self.bytes.len()) {
            return Err(invalid("length beyond the end"));
        }
        Ok(n)
    }
}

impl Jieba {
    /// The loaded dictionary as bytes, for [`Jieba::from_snapshot`].
    pub fn to_snapshot(&self) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(32 << 20));
        w.0.extend_from_slice(MAGIC);
        w.len(self.records.len());
        for (r, lf) in self.records.iter().zip(&self.log_freqs) {
            w.u64(r.freq as u64);
            w.u32(r.tag);
            w.u64(lf.to_bits());
        }
        w.len(self.tags.len());
        for t in &self.tags {
            w.len(t.len());
            w.0.extend_from_slice(t.as_bytes());
        }
        w.u64(self.total as u64);
        w.u64(self.log_total.to_bits());
        let (root, slots, len, shift, next_node) = self.trie.parts();
        w.len(root.len());
        for e in root {
            w.u32(e.child);
            w.u32(e.word_id as u32);
        }
        w.len(slots.len());
        for s in slots {
            w.u64(s.key);
            w.u32(s.child);
            w.u32(s.word_id as u32);
        }
        w.len(len);
        w.u32(shift);
        w.u32(next_node);
        w.0
    }

    /// A dictionary from [`Jieba::to_snapshot`]'s bytes (same jieba-rs version).
    pub fn from_snapshot(bytes: &[u8]) -> Result<Self, Error> {
        let mut r = Reader { bytes };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(invalid("not a snapshot of this version"));
        }
        let n = r.len(20)?;
        let mut records = Vec::with_capacity(n);
        let mut log_freqs = Vec::with_capacity(n);
        for chunk in r.take(n * 20)?.chunks_exact(20) {
            let freq = u64::from_le_bytes(chunk[0..8].try_into().expect("8 bytes"));
            let tag = u32::from_le_bytes(chunk[8..12].try_into().expect("4 bytes"));
            records.push(Record {
                freq: usize::try_from(freq).map_err(|_| invalid("frequency out of range"))?,
                tag,
            });
            log_freqs.push(f64::from_bits(u64::from_le_bytes(chunk[12..20].try_into().expect("8 bytes"))));
        }
        let n_tags = r.len(8)?;
        let mut tags: Vec<Box<str>> = Vec::with_capacity(n_tags);
        let mut tag_ids = FxHashMap::default();
        for i in 0..n_tags {
            let len = r.len(1)?;
            let tag = std::str::from_utf8(r.take(len)?).map_err(|_| invalid("tag is not UTF-8"))?;
            tag_ids.insert(Box::from(tag), i as u32);
            tags.push(Box::from(tag));
        }
        if records.iter().any(|rec| rec.tag as usize >= tags.len()) {
            return Err(invalid("tag index out of range"));
        }
        let total = usize::try_from(r.u64()?).map_err(|_| invalid("total out of range"))?;
        let log_total = f64::from_bits(r.u64()?);
        let n_root = r.len(8)?;
        let root: Vec<RootEntry> = r
            .take(n_root * 8)?
            .chunks_exact(8)
            .map(|c| RootEntry {
                child: u32::from_le_bytes(c[0..4].try_into().expect("4 bytes")),
                word_id: u32::from_le_bytes(c[4..8].try_into().expect("4 bytes")) as i32,
            })
            .collect();
        let n_slots = r.len(16)?;
        let slots: Vec<Slot> = r
            .take(n_slots * 16)?
            .chunks_exact(16)
            .map(|c| Slot {
                key: u64::from_le_bytes(c[0..8].try_into().expect("8 bytes")),
                child: u32::from_le_bytes(c[8..12].try_into().expect("4 bytes")),
                word_id: u32::from_le_bytes(c[12..16].try_into().expect("4 bytes")) as i32,
            })
            .collect();
        let len = usize::try_from(r.u64()?).map_err(|_| invalid("length out of range"))?;
        let shift = r.u32()?;
        let next_node = r.u32()?;
        if !r.bytes.is_empty() {
            return Err(invalid("trailing bytes"));
        }
        let n_words = records.len();
        let trie = CharTrie::from_parts(root, slots, len, shift, next_node, n_words).ok_or_else(|| invalid("inconsistent trie"))?;
        Ok(Jieba {
            records,
            log_freqs,
            tags,
            tag_ids,
            trie,
            total,
            log_total,
            hmm_model: None,
        })
    }
}
