//! The cleaning pass: turns the raw PDF-to-text dump into content lines.
//!
//! It removes what the PDF added around the content — page-header blocks (`[category]` / title /
//! `Last updated：…`, spec/docs/NOTES.md, T1), page footers (T2) and the hyperlink blocks dumped after each page's
//! text (T3) — and records two layout facts every later pass relies on: whether a line kept its
//! trailing space (it then ends a line of the original: a code line or a `<br>` inside a cell;
//! without it the line was wrapped by the PDF's right margin) and whether it starts a page (the dump
//! prefixes the first line of a page with one space, T4).

use super::error::{ExtractError, Result};

/// One content line of the documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// 1-based line number in the documentation text.
    pub(crate) no: usize,
    /// The text without the page-start space and without trailing whitespace.
    pub(crate) text: &'a str,
    /// The dump kept a trailing space: the original line ends here (code lines, `<br>` in cells).
    pub(crate) hard_break: bool,
    /// The line is the first of a PDF page.
    pub(crate) page_start: bool,
}

impl Line<'_> {
    pub(crate) fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// The text with surrounding whitespace (including non-breaking spaces) removed.
    pub(crate) fn trimmed(&self) -> &str {
        self.text.trim()
    }
}

/// A page-header block: the category (only on the first page of a category), the title and the
/// `Last updated` line. The title names the chapter or action whose first page it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PageHeader<'a> {
    /// Line number of the title.
    pub(crate) line: usize,
    /// The category line above the title, if any (e.g. `Module APIs`).
    pub(crate) category: Option<&'a str>,
    /// The title (e.g. `DescribeNode`, `Data Types`).
    pub(crate) title: &'a str,
}

/// The documentation reduced to its content lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cleaned<'a> {
    /// Content lines (blank lines included: they separate paragraphs and table rows).
    pub(crate) lines: Vec<Line<'a>>,
    /// Page-header blocks, in document order.
    pub(crate) headers: Vec<PageHeader<'a>>,
    /// Number of the last line of the input, for errors at the end of the text.
    pub(crate) last_line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Content,
    Header,
    Footer,
    Hyperlink,
}

const LAST_UPDATED: &str = "Last updated";
const FOOTER_TITLE: &str = "Edge Computing Machine";
const FOOTER_COPYRIGHT: &str = "©";

/// Runs the cleaning pass.
pub(crate) fn clean(docs: &str) -> Result<Cleaned<'_>> {
    let raw: Vec<&str> = docs
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .collect();
    let mut kinds = vec![Kind::Content; raw.len()];
    let mut headers = Vec::new();

    mark_headers(&raw, &mut kinds, &mut headers)?;
    mark_footers(&raw, &mut kinds);
    mark_hyperlinks(&raw, &mut kinds);

    let mut lines = Vec::with_capacity(raw.len());
    let mut after_footer = false;
    for (index, (&text, &kind)) in raw.iter().zip(&kinds).enumerate() {
        match kind {
            Kind::Content => {}
            Kind::Footer => {
                after_footer = true;
                continue;
            }
            Kind::Header | Kind::Hyperlink => continue,
        }
        let page_start_space = is_page_start(text);
        let body = if page_start_space {
            text.get(1..).unwrap_or("")
        } else {
            text
        };
        let hard_break = body.ends_with(' ');
        let body = body.trim_end_matches([' ', '\t']);
        let blank = body.trim().is_empty();
        lines.push(Line {
            no: index + 1,
            text: body,
            hard_break,
            page_start: page_start_space || (after_footer && !blank),
        });
        if !blank {
            after_footer = false;
        }
    }
    Ok(Cleaned {
        lines,
        headers,
        last_line: raw.len(),
    })
}

/// The dump marks the first line of a page with exactly one leading space.
fn is_page_start(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next() == Some(' ') && chars.next().is_some_and(|c| c != ' ')
}

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// `[category]` / title / `Last updated：…`: the category only when it sits directly above the
/// title (spec/docs/NOTES.md, T1: a category-looking line separated by a blank line is content).
fn mark_headers<'a>(
    raw: &[&'a str],
    kinds: &mut [Kind],
    headers: &mut Vec<PageHeader<'a>>,
) -> Result<()> {
    for index in 0..raw.len() {
        let Some(text) = raw.get(index) else { continue };
        if !text.trim_start().starts_with(LAST_UPDATED) {
            continue;
        }
        let title_index = index.checked_sub(1);
        let title = title_index.and_then(|i| raw.get(i)).map(|t| t.trim());
        let Some(title) = title.filter(|t| !t.is_empty()) else {
            return Err(ExtractError::at(
                index + 1,
                "a page title directly above the `Last updated` line",
                text,
            ));
        };
        let category_index = index.checked_sub(2);
        let category = category_index
            .and_then(|i| raw.get(i))
            .map(|t| t.trim())
            .filter(|t| !t.is_empty());
        for i in [Some(index), title_index, category.and(category_index)]
            .into_iter()
            .flatten()
        {
            if let Some(kind) = kinds.get_mut(i) {
                *kind = Kind::Header;
            }
        }
        headers.push(PageHeader {
            // The title is at 0-based `index - 1`, i.e. at 1-based line `index`.
            line: index,
            category,
            title,
        });
    }
    Ok(())
}

/// `Edge Computing Machine` / (blank) / `©2013-2022 Tencent Cloud. All rights reserved. Page N of M`.
fn mark_footers(raw: &[&str], kinds: &mut [Kind]) {
    for index in 0..raw.len() {
        if raw.get(index).map(|t| t.trim()) != Some(FOOTER_TITLE) {
            continue;
        }
        let copyright = (index + 1..=index + 2).find(|&i| {
            raw.get(i)
                .is_some_and(|t| t.trim_start().starts_with(FOOTER_COPYRIGHT))
        });
        if let Some(end) = copyright {
            for kind in kinds.iter_mut().take(end + 1).skip(index) {
                *kind = Kind::Footer;
            }
        }
    }
}

/// A bare URL: one word starting with a scheme, without the trailing space content lines keep.
fn is_bare_url(text: &str) -> bool {
    let body = text.strip_prefix(' ').unwrap_or(text);
    (body.starts_with("https://") || body.starts_with("http://"))
        && !body.ends_with(' ')
        && !body.trim().contains(char::is_whitespace)
}

/// Hyperlink blocks are dumped after a page's text, so the line after a run of bare URLs starts
/// the next page (or is a footer, or the end). A bare URL followed by anything else is a content
/// URL that the right margin wrapped (spec/docs/NOTES.md, T3) and is kept.
fn mark_hyperlinks(raw: &[&str], kinds: &mut [Kind]) {
    let is_url = |kinds: &[Kind], i: usize| {
        kinds.get(i) == Some(&Kind::Content) && raw.get(i).is_some_and(|t| is_bare_url(t))
    };
    let mut index = 0;
    while index < raw.len() {
        if !is_url(kinds, index) {
            index += 1;
            continue;
        }
        let start = index;
        let mut end = index + 1; // exclusive end of the run (blank lines inside the run allowed)
        let mut next = index + 1;
        while next < raw.len() {
            if is_url(kinds, next) {
                end = next + 1;
                next += 1;
            } else if raw.get(next).is_some_and(|t| is_blank(t)) {
                next += 1;
            } else {
                break;
            }
        }
        // The first line after the run that is neither blank nor already removed.
        let mut follower = end;
        while follower < raw.len() {
            let removed = kinds
                .get(follower)
                .is_some_and(|k| *k == Kind::Header || *k == Kind::Hyperlink);
            if removed || raw.get(follower).is_some_and(|t| is_blank(t)) {
                follower += 1;
            } else {
                break;
            }
        }
        let ends_page = match (raw.get(follower), kinds.get(follower)) {
            (None, _) => true,
            (Some(_), Some(Kind::Footer)) => true,
            (Some(text), _) => is_page_start(text),
        };
        if ends_page {
            let urls: Vec<usize> = (start..end).filter(|&i| is_url(kinds, i)).collect();
            for i in urls {
                if let Some(kind) = kinds.get_mut(i) {
                    *kind = Kind::Hyperlink;
                }
            }
        }
        index = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_headers_footers_and_hyperlink_blocks() {
        let docs = "Region No String Common Params.\n\
                    \n\
                    Region APIs\n\
                    DescribeNode\n\
                    Last updated：2023-08-18 15:47:45\n\
                    \n\
                    https://console.tencentcloud.com/api/explorer?Product=ecm\n\
                    https://www.tencentcloud.com/document/api/1119/45776#Filter\n \
                    Parameter\n\
                    \"a\": 1,\x20\n\
                    \n\
                    Edge Computing Machine\n\
                    \n\
                    ©2013-2022 Tencent Cloud. All rights reserved. Page 76 of 640\n\
                    \n\
                    \"b\": 2\n";
        let cleaned = clean(docs).unwrap();
        let texts: Vec<&str> = cleaned
            .lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| l.text)
            .collect();
        assert_eq!(
            texts,
            [
                "Region No String Common Params.",
                "Parameter",
                "\"a\": 1,",
                "\"b\": 2"
            ]
        );
        let parameter = cleaned
            .lines
            .iter()
            .find(|l| l.text == "Parameter")
            .unwrap();
        assert!(parameter.page_start);
        let a = cleaned
            .lines
            .iter()
            .find(|l| l.text == "\"a\": 1,")
            .unwrap();
        assert!(a.hard_break && !a.page_start);
        let b = cleaned.lines.iter().find(|l| l.text == "\"b\": 2").unwrap();
        assert!(b.page_start, "the line after a footer starts a page");
        assert_eq!(
            cleaned.headers,
            [PageHeader {
                line: 4,
                category: Some("Region APIs"),
                title: "DescribeNode"
            }]
        );
    }

    #[test]
    fn keeps_a_content_url_wrapped_by_the_margin() {
        let docs = "Input Example\n\
                    \n\
                    https://ecm.tencentcloudapi.com/?Action=DescribeSecurityGroupAssociationStatistic\n\
                    \n\
                    s \n";
        let cleaned = clean(docs).unwrap();
        assert!(
            cleaned
                .lines
                .iter()
                .any(|l| l.text.starts_with("https://ecm"))
        );
    }

    #[test]
    fn a_last_updated_line_without_title_is_an_error() {
        let error = clean("\nLast updated：2023").unwrap_err();
        assert_eq!(error.line(), Some(2));
    }
}
