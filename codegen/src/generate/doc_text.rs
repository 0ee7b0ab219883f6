//! Rustdoc from spec text: Markdown-escaped, wrapped, emitted as `#[doc = "…"]` attributes.

use proc_macro2::TokenStream;
use quote::quote;

/// Width of a doc line's text (prettyplease adds indentation and `/// `).
const WIDTH: usize = 88;

/// A rustdoc comment under construction: paragraphs of wrapped lines.
#[derive(Debug, Default)]
pub(crate) struct Doc {
    lines: Vec<String>,
}

impl Doc {
    pub(crate) fn new() -> Self {
        Doc::default()
    }

    /// Adds a paragraph of generator-written Markdown (not escaped), wrapped.
    pub(crate) fn markdown(&mut self, text: &str) -> &mut Self {
        self.separate();
        self.lines.extend(wrap_at(text, WIDTH));
        self
    }

    /// Adds a block of generator-written Markdown line by line, unwrapped (e.g. a code block).
    pub(crate) fn verbatim(&mut self, text: &str) -> &mut Self {
        self.separate();
        self.lines.extend(text.lines().map(str::to_owned));
        self
    }

    /// Adds spec text: every line of it becomes a paragraph, Markdown-escaped and wrapped.
    /// Empty text adds nothing.
    pub(crate) fn spec_text(&mut self, text: &str) -> &mut Self {
        for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
            let line = escape(line);
            let marker = line.split(' ').next().unwrap_or_default();
            if is_block_marker(marker) && !marker.starts_with(['#', '>', '=']) {
                self.separate();
                self.list_item(marker, &line[marker.len()..]);
            } else {
                self.markdown(&line);
            }
        }
        self
    }

    /// Adds a bullet list item of generator-written Markdown, wrapped with a hanging indent.
    pub(crate) fn bullet(&mut self, text: &str) -> &mut Self {
        if self
            .lines
            .last()
            .is_some_and(|last| !last.starts_with("- ") && !last.starts_with("  "))
        {
            self.lines.push(String::new());
        }
        self.list_item("-", text);
        self
    }

    /// A list item: `marker`, then `text` wrapped with continuation lines indented under it.
    fn list_item(&mut self, marker: &str, text: &str) {
        let indent = " ".repeat(marker.len() + 1);
        for (i, line) in wrap_at(text, WIDTH - indent.len()).into_iter().enumerate() {
            if i == 0 {
                self.lines.push(format!("{marker} {line}"));
            } else {
                self.lines.push(format!("{indent}{line}"));
            }
        }
    }

    fn separate(&mut self) {
        if !self.lines.is_empty() {
            self.lines.push(String::new());
        }
    }

    /// The `#[doc = "…"]` attributes, one per line.
    pub(crate) fn to_tokens(&self) -> TokenStream {
        let lines = self.attribute_texts();
        quote! { #(#[doc = #lines])* }
    }

    /// The inner `#![doc = "…"]` attributes of a module, one per line.
    pub(crate) fn to_inner_tokens(&self) -> TokenStream {
        let lines = self.attribute_texts();
        quote! { #(#![doc = #lines])* }
    }

    /// The text of each line's attribute: prefixed with the space `///` would have.
    fn attribute_texts(&self) -> impl Iterator<Item = String> + '_ {
        self.lines.iter().map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            }
        })
    }
}

/// Escapes spec prose for Markdown: characters that would start emphasis, links, HTML or
/// code are backslash-escaped, and bare URLs become autolinks.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, token) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if token.starts_with("https://") || token.starts_with("http://") {
            let url = token.trim_end_matches(['.', ',', ';', ')']);
            out.push('<');
            out.push_str(url);
            out.push('>');
            out.push_str(&token[url.len()..]);
            continue;
        }
        let chars: Vec<char> = token.chars().collect();
        for (j, &c) in chars.iter().enumerate() {
            let special = match c {
                '\\' | '`' | '*' | '[' | ']' | '<' | '>' => true,
                // Intraword `_` and `~` never render as emphasis or strikethrough.
                '_' | '~' => {
                    let alnum = |k: Option<usize>| {
                        k.and_then(|k| chars.get(k))
                            .is_some_and(|c| c.is_ascii_alphanumeric())
                    };
                    !(alnum(j.checked_sub(1)) && alnum(Some(j + 1)))
                }
                '#' => i == 0 && j == 0,
                _ => false,
            };
            if special {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Greedy word wrap. A continuation line never starts with something Markdown would read as
/// a block marker (a list bullet, a numbered item, a heading or a quote), so wrapping cannot
/// change how the text renders.
fn wrap_at(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && current.len() + 1 + word.len() > width && !is_block_marker(word) {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

fn is_block_marker(word: &str) -> bool {
    matches!(word, "-" | "+" | "*" | ">" | "=" | "==")
        || word.starts_with('#')
        || word.starts_with('>')
        || word.starts_with("---")
        || word.starts_with("===")
        || {
            let digits = word.trim_start_matches(|c: char| c.is_ascii_digit());
            digits.len() < word.len() && (digits == "." || digits == ")")
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_and_links_urls() {
        assert_eq!(
            escape("see https://example.com/a?b=1. Use <Common> [x] *y*"),
            "see <https://example.com/a?b=1>. Use \\<Common\\> \\[x\\] \\*y\\*"
        );
    }

    #[test]
    fn list_items_from_the_spec_get_a_hanging_indent() {
        let mut doc = Doc::new();
        let item = format!("1. {}", "word ".repeat(30).trim_end());
        doc.spec_text(&format!(
            "Intro.\n{item}\n- {}",
            "other ".repeat(20).trim_end()
        ));
        let lines = &doc.lines;
        assert_eq!(lines[0], "Intro.");
        assert!(lines[2].starts_with("1. word"));
        assert!(lines[3].starts_with("   word"), "{lines:?}");
        assert!(lines.iter().any(|l| l.starts_with("- other")));
        assert!(lines.iter().any(|l| l.starts_with("  other")), "{lines:?}");
    }

    #[test]
    fn continuation_lines_never_start_a_block() {
        let text = format!("{} - item 1. next", "word ".repeat(17).trim_end());
        for line in wrap_at(&text, 86).iter().skip(1) {
            assert!(
                !is_block_marker(line.split(' ').next().unwrap()),
                "{line:?}"
            );
        }
        assert!(is_block_marker("1."));
        assert!(!is_block_marker("1.5"));
    }
}
