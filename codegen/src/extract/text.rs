//! Clean text from dumped lines: whitespace normalisation and re-joining of wrapped lines.

use super::clean::Line;

/// Normalises one line: the dump wraps inline code in non-breaking spaces (`parameter  Action  in`,
/// `return  null ,`, spec/docs/NOTES.md, T4); they become ordinary spaces, vanish before punctuation, and runs of
/// whitespace collapse to one space.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        if c == '\u{a0}' {
            // Skip the spaces after it; if punctuation follows, the space disappears.
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            if !chars.peek().is_some_and(|c| ".,;:!?)".contains(*c)) {
                pending_space = true;
            }
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

/// Builds clean text from dumped lines.
///
/// Line ends are re-joined according to what the dump tells about them: a kept trailing space is a
/// line break of the original (`\n`); a word ending in a hyphen was split by the margin and is joined
/// without a space (`ecm.ap-` + `guangzhou…`, `Base64-` + `encoded`); in prose, a blank line or page
/// break after a finished sentence is a paragraph break (`\n`); anything else is a wrapped line (one
/// space). Blank lines elsewhere — and anywhere inside table cells — carry no information in this
/// dump (spec/docs/NOTES.md, "Physical layout").
#[derive(Debug, Default)]
pub(crate) struct TextBuilder {
    text: String,
    last_hard_break: bool,
    gap: bool,
    paragraph_gaps: bool,
}

impl TextBuilder {
    /// For prose: blank lines after a sentence break paragraphs.
    pub(crate) fn prose() -> Self {
        TextBuilder {
            paragraph_gaps: true,
            ..TextBuilder::default()
        }
    }

    /// For table cells: only kept trailing spaces break lines.
    pub(crate) fn cell() -> Self {
        TextBuilder::default()
    }

    /// Appends a whole line.
    pub(crate) fn push_line(&mut self, line: &Line<'_>) {
        if line.page_start {
            self.gap = true;
        }
        self.push(line.text, line.hard_break);
    }

    /// Notes a blank line.
    pub(crate) fn push_blank(&mut self) {
        self.gap = true;
    }

    /// Appends a piece of a line (`hard_break`: the piece ends a line of the original).
    pub(crate) fn push(&mut self, piece: &str, hard_break: bool) {
        let piece = normalize(piece);
        if piece.is_empty() {
            if hard_break && !self.text.is_empty() {
                self.last_hard_break = true;
            }
            return;
        }
        if !self.text.is_empty() {
            let paragraph_break =
                self.paragraph_gaps && self.gap && self.text.ends_with(['.', ':', '!', '?', '。']);
            let separator = if self.last_hard_break || paragraph_break {
                "\n"
            } else if ends_with_split_word(&self.text) {
                ""
            } else {
                " "
            };
            self.text.push_str(separator);
        }
        self.text.push_str(&piece);
        self.last_hard_break = hard_break;
        self.gap = false;
    }

    pub(crate) fn finish(self) -> String {
        self.text
    }
}

/// `…ecm.ap-` or `Base64-`: a hyphen right after a letter or digit at the end of a line.
fn ends_with_split_word(text: &str) -> bool {
    let mut chars = text.chars().rev();
    chars.next() == Some('-') && chars.next().is_some_and(|c| c.is_alphanumeric())
}

/// Joins whole lines (blank lines included) into prose.
pub(crate) fn join_lines(lines: &[Line<'_>]) -> String {
    let mut builder = TextBuilder::prose();
    for line in lines {
        if line.is_blank() {
            builder.push_blank();
        } else {
            builder.push_line(line);
        }
    }
    builder.finish()
}

/// Finds `phrase` in `text`, words compared ASCII-case-insensitively and separated by any run of
/// whitespace. Returns the byte range of the match.
pub(crate) fn find_phrase(text: &str, phrase: &str) -> Option<(usize, usize)> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let first = words.first()?;
    let mut from = 0;
    while let Some(offset) = find_ascii_case_insensitive(text.get(from..)?, first) {
        let start = from + offset;
        if let Some(end) = match_words_at(text, start, &words) {
            return Some((start, end));
        }
        from = start + first.len().max(1);
        while from < text.len() && !text.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// The word right after `phrase` in `text` (see [`find_phrase`]), without trailing punctuation.
pub(crate) fn word_after<'t>(text: &'t str, phrase: &str) -> Option<&'t str> {
    let (_, end) = find_phrase(text, phrase)?;
    let word = text.get(end..)?.split_whitespace().next()?;
    Some(word.trim_end_matches([',', '.', ';']))
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let hay = haystack.as_bytes();
    let needle = needle.as_bytes();
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| {
        haystack.is_char_boundary(i)
            && hay
                .get(i..i + needle.len())
                .is_some_and(|window| window.eq_ignore_ascii_case(needle))
    })
}

fn match_words_at(text: &str, start: usize, words: &[&str]) -> Option<usize> {
    let mut position = start;
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            let rest = text.get(position..)?;
            let skipped = rest.len() - rest.trim_start().len();
            if skipped == 0 {
                return None;
            }
            position += skipped;
        }
        let candidate = text.get(position..position + word.len())?;
        if !candidate.eq_ignore_ascii_case(word) {
            return None;
        }
        position += word.len();
    }
    Some(position)
}

/// The note the docs append to fields that may be null (spec/docs/NOTES.md, T18).
const NULLABLE_NOTE: &str =
    "Note: this field may return null, indicating that no valid values can be obtained.";

/// Removes every nullability note from a description; returns whether there was one.
pub(crate) fn strip_nullable_note(description: &str) -> (String, bool) {
    let mut text = description.to_owned();
    let mut found = false;
    while let Some((start, end)) = find_phrase(&text, NULLABLE_NOTE) {
        found = true;
        let before = text.get(..start).unwrap_or("").trim_end();
        let after = text.get(end..).unwrap_or("").trim_start();
        text = match (before.is_empty(), after.is_empty()) {
            (true, _) => after.to_owned(),
            (_, true) => before.to_owned(),
            _ => format!("{before}\n{after}"),
        };
    }
    (text, found)
}

/// The words of a line with their byte offsets (split at any whitespace, NBSP included).
pub(crate) fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (index, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                if let Some(word) = text.get(s..index) {
                    spans.push((s, word));
                }
                start = None;
            }
            (false, None) => start = Some(index),
            _ => {}
        }
    }
    if let Some(s) = start {
        if let Some(word) = text.get(s..) {
            spans.push((s, word));
        }
    }
    spans
}

/// A line of a code block (JSON, a URL, a header), re-joined where the margin wrapped it: the
/// dump keeps a trailing space at the end of every code line, so a line without one continues on
/// the next non-blank line, without a space (spec/docs/NOTES.md, T19).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CodeLine {
    /// Line number where it starts.
    pub(crate) line: usize,
    pub(crate) text: String,
}

/// Re-joins the lines of a code block.
pub(crate) fn code_lines<'l, 'a: 'l>(
    lines: impl IntoIterator<Item = &'l Line<'a>>,
) -> Vec<CodeLine> {
    let mut out = Vec::new();
    let mut current: Option<CodeLine> = None;
    for line in lines {
        if line.is_blank() {
            continue;
        }
        let text = line.text.replace('\u{a0}', " ");
        let code = current.get_or_insert_with(|| CodeLine {
            line: line.no,
            text: String::new(),
        });
        code.text.push_str(&text);
        if line.hard_break {
            if let Some(done) = current.take() {
                out.push(done);
            }
        }
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, hard_break: bool, page_start: bool) -> Line<'_> {
        Line {
            no: 1,
            text,
            hard_break,
            page_start,
        }
    }

    #[test]
    fn normalizes_non_breaking_spaces_around_inline_code() {
        assert_eq!(
            normalize("parameter \u{a0} Action\u{a0}  in the"),
            "parameter Action in the"
        );
        assert_eq!(
            normalize("such as \u{a0}eipm-2uw6ujo6\u{a0}."),
            "such as eipm-2uw6ujo6."
        );
        assert_eq!(
            normalize("may return \u{a0} null\u{a0} ,"),
            "may return null,"
        );
    }

    #[test]
    fn joins_wrapped_lines_and_keeps_line_breaks() {
        let lines = [
            line("List of node details", true, false),
            line(
                "Note: this field may return null, indicating that no valid values can be",
                false,
                false,
            ),
            line("obtained.", false, false),
            line("such as ecm.ap-", false, true),
            line("guangzhou.tencentcloudapi.com", false, true),
        ];
        assert_eq!(
            join_lines(&lines),
            "List of node details\nNote: this field may return null, indicating that no valid \
             values can be obtained.\nsuch as ecm.ap-guangzhou.tencentcloudapi.com"
        );
    }

    #[test]
    fn a_blank_line_breaks_a_paragraph_only_after_a_sentence() {
        let lines = [
            line("If this", false, false),
            line("", false, false),
            line("field is used.", false, false),
            line("", false, false),
            line("Next paragraph", false, false),
        ];
        assert_eq!(join_lines(&lines), "If this field is used.\nNext paragraph");
    }

    #[test]
    fn strips_every_nullable_note() {
        let (text, nullable) = strip_nullable_note(
            "Subnets.\nNote: this field may return null, indicating that no valid values can be \
             obtained.\nNote: This field may return null, indicating that no valid values can be obtained.",
        );
        assert!(nullable);
        assert_eq!(text, "Subnets.");
        assert_eq!(strip_nullable_note("Plain."), ("Plain.".to_owned(), false));
    }

    #[test]
    fn finds_phrases_across_line_breaks_and_case() {
        assert_eq!(find_phrase("a NOTE:\nthis x", "note: this"), Some((2, 12)));
        assert_eq!(find_phrase("é note", "note"), Some((3, 7)));
        assert_eq!(find_phrase("", "note"), None);
    }

    #[test]
    fn word_spans_split_at_non_breaking_spaces() {
        assert_eq!(word_spans(" a\u{a0}bc  d"), [(1, "a"), (4, "bc"), (8, "d")]);
    }
}
