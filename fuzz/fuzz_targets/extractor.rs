//! The documentation extractor: arbitrary text, and mutations of the real documentation,
//! end in a spec or in an `ExtractError` that names a line of the text it was given (or the
//! overrides) — never a panic, a hang or unbounded memory.
//!
//! Input: byte 0 picks the mode.
//! - `0`: the rest is the whole documentation text (the overrides are empty).
//! - `1`: splice into the real docs: 4 bytes offset, 2 bytes length to delete, the rest is
//!   inserted there; the real overrides apply.
//! - `2`: move lines of the real docs: 4 bytes first line, 2 bytes line count, 4 bytes
//!   destination line; the real overrides apply.
//! - `3`: the real docs, the rest is the overrides file.
#![no_main]

use ecm_codegen::extract::{ExtractError, Location, extract};
use libfuzzer_sys::fuzz_target;

const DOCS: &str = include_str!("../../spec/docs/ecm-api-docs.txt");
const OVERRIDES: &str = include_str!("../../spec/overrides.json");

fn number(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .rev()
        .fold(0usize, |acc, &b| (acc << 8) | usize::from(b))
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn splice(data: &[u8]) -> Option<String> {
    let (offset, rest) = data.split_at_checked(4)?;
    let (length, insert) = rest.split_at_checked(2)?;
    let start = floor_char_boundary(DOCS, number(offset) % (DOCS.len() + 1));
    let end = floor_char_boundary(DOCS, start + number(length) % 4096);
    let mut text = String::with_capacity(DOCS.len() + insert.len());
    text.push_str(&DOCS[..start]);
    text.push_str(&String::from_utf8_lossy(insert));
    text.push_str(&DOCS[end..]);
    Some(text)
}

fn move_lines(data: &[u8]) -> Option<String> {
    let lines: Vec<&str> = DOCS.split_inclusive('\n').collect();
    let first = number(data.get(..4)?) % lines.len();
    let count = (number(data.get(4..6)?) % 512).min(lines.len() - first);
    let moved: Vec<&str> = lines[first..first + count].to_vec();
    let mut rest: Vec<&str> = lines[..first].to_vec();
    rest.extend_from_slice(&lines[first + count..]);
    let to = number(data.get(6..10)?) % (rest.len() + 1);
    rest.splice(to..to, moved);
    Some(rest.concat())
}

/// A located error must point into the text it was given.
fn check_error(error: &ExtractError, docs: &str) {
    let line_count = docs.split('\n').count();
    if let Location::Docs { line } = error.location {
        assert!(
            (1..=line_count + 1).contains(&line),
            "error at line {line} of a {line_count}-line text: {error:?}"
        );
    }
    assert!(
        error.found.chars().count() <= 200,
        "the found text is shortened"
    );
    let _ = error.to_string();
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let (docs, overrides) = match mode % 4 {
        0 => (String::from_utf8_lossy(rest).into_owned(), "[]".to_owned()),
        1 => match splice(rest) {
            Some(docs) => (docs, OVERRIDES.to_owned()),
            None => return,
        },
        2 => match move_lines(rest) {
            Some(docs) => (docs, OVERRIDES.to_owned()),
            None => return,
        },
        _ => (DOCS.to_owned(), String::from_utf8_lossy(rest).into_owned()),
    };
    if let Err(error) = extract(&docs, &overrides) {
        check_error(&error, &docs);
    }
});
