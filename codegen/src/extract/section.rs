//! A contiguous run of content lines and the searches every parser does on it.

use super::clean::Line;
use super::error::{ExtractError, Result};

/// A run of content lines, e.g. a chapter, an action page or one section of a page.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Section<'d, 'a> {
    pub(crate) lines: &'d [Line<'a>],
    /// Line number just after the section (for errors about something missing at its end).
    pub(crate) end_line: usize,
}

impl<'d, 'a> Section<'d, 'a> {
    pub(crate) fn new(lines: &'d [Line<'a>], end_line: usize) -> Self {
        Section { lines, end_line }
    }

    /// Line number of the line at `index`, or the end of the section.
    pub(crate) fn line_no(&self, index: usize) -> usize {
        self.lines.get(index).map_or(self.end_line, |l| l.no)
    }

    /// Text of the line at `index`, or an empty string past the end.
    pub(crate) fn text(&self, index: usize) -> &'a str {
        self.lines.get(index).map_or("", |l| l.text)
    }

    /// Lines `start..end` as a section.
    pub(crate) fn sub(&self, start: usize, end: usize) -> Section<'d, 'a> {
        let end = end.min(self.lines.len());
        let start = start.min(end);
        Section {
            lines: self.lines.get(start..end).unwrap_or(&[]),
            end_line: self.line_no(end),
        }
    }

    /// Lines from `start` to the end.
    pub(crate) fn from(&self, start: usize) -> Section<'d, 'a> {
        self.sub(start, self.lines.len())
    }

    /// Index of the first line at or after `from` matching `predicate`.
    pub(crate) fn position(
        &self,
        from: usize,
        predicate: impl Fn(&Line<'a>) -> bool,
    ) -> Option<usize> {
        self.lines
            .get(from..)?
            .iter()
            .position(predicate)
            .map(|offset| from + offset)
    }

    /// Like [`Section::position`], but a missing line is an error naming `expected`.
    pub(crate) fn expect(
        &self,
        from: usize,
        expected: &str,
        predicate: impl Fn(&Line<'a>) -> bool,
    ) -> Result<usize> {
        self.position(from, predicate).ok_or_else(|| {
            ExtractError::at(
                self.line_no(from),
                format!("{expected} (searched from here to line {})", self.end_line),
                self.text(from),
            )
        })
    }

    /// Index of the first line at or after `from` whose trimmed text equals `marker`.
    pub(crate) fn expect_marker(&self, from: usize, marker: &str) -> Result<usize> {
        self.expect(from, &format!("the line `{marker}`"), |l| {
            l.trimmed() == marker
        })
    }

    /// Splits the section at every line matching `predicate`; each part starts with its
    /// matching line. Lines before the first match are returned separately.
    pub(crate) fn split_at_markers(
        &self,
        predicate: impl Fn(&Line<'a>) -> bool,
    ) -> (Section<'d, 'a>, Vec<Section<'d, 'a>>) {
        let starts: Vec<usize> = self
            .lines
            .iter()
            .enumerate()
            .filter(|(_, l)| predicate(l))
            .map(|(i, _)| i)
            .collect();
        let head_end = starts.first().copied().unwrap_or(self.lines.len());
        let parts = starts
            .iter()
            .enumerate()
            .map(|(k, &start)| {
                let end = starts.get(k + 1).copied().unwrap_or(self.lines.len());
                self.sub(start, end)
            })
            .collect();
        (self.sub(0, head_end), parts)
    }

    /// Paragraphs: runs of non-blank lines, broken at blank lines and page starts.
    pub(crate) fn paragraphs(&self) -> Vec<Section<'d, 'a>> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        for (index, line) in self.lines.iter().enumerate() {
            if line.is_blank() || line.page_start {
                if let Some(s) = start.take() {
                    out.push(self.sub(s, index));
                }
            }
            if !line.is_blank() && start.is_none() {
                start = Some(index);
            }
        }
        if let Some(s) = start {
            out.push(self.sub(s, self.lines.len()));
        }
        out
    }

    /// The non-blank lines.
    pub(crate) fn content(&self) -> impl Iterator<Item = &'d Line<'a>> + use<'d, 'a> {
        self.lines.iter().filter(|l| !l.is_blank())
    }

    /// Line number of the first line, or the end.
    pub(crate) fn first_no(&self) -> usize {
        self.line_no(0)
    }
}
