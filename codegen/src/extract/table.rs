//! Parameter tables: `Name | Required | Type | Description` and its variants.
//!
//! The dump flattens table rows into lines (spec/docs/NOTES.md, T5–T13): cells continue on later lines
//! (`Filters.N No Array of` / `Filter`, `PrivateIpAddresses` / `Array` / `of` / `String` / `No`), the
//! element type of `Array of` can be pushed past a page break (T7), header rows wrap, repeat after
//! page breaks, come doubled or are missing (T5, T9, T10), and descriptions contain lines that look
//! like rows (T16). A row therefore starts at the first line of a paragraph whose leading words
//! parse as the table's fixed cells — the name, then the Required and Type cells in the header's
//! order — where every later line used by those cells holds nothing but cells. Everything else
//! continues the current row's description.

use ecm_spec::{Field, Primitive, TypeRef};

use super::clean::Line;
use super::error::{ExtractError, Result};
use super::text::{TextBuilder, strip_nullable_note, word_spans};

/// A fixed cell after the name (the description is always last).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Required,
    Type,
}

/// Action inputs: `Parameter Name | Required | Type | Description`.
pub(crate) const INPUT_COLUMNS: &[Column] = &[Column::Required, Column::Type];
/// Action outputs: `Parameter Name | Type | Description`.
pub(crate) const OUTPUT_COLUMNS: &[Column] = &[Column::Type];
/// Data types with a Required column and common parameters: `Name | Type | Required | Description`.
pub(crate) const MEMBER_COLUMNS_REQUIRED: &[Column] = &[Column::Type, Column::Required];

/// How names look in a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameStyle {
    /// `Filters`, `Filters.N`, `InstanceIdSet`.
    Parameter,
    /// `X-TC-Action` (wrapped as `X-TC-` / `Action`), `Nonce`.
    Header,
}

/// What the caller knows about the table.
pub(crate) struct TableOptions<'k> {
    /// Columns to use when the table has no header; `None` infers them from the rows (spec/docs/NOTES.md, T10).
    pub(crate) columns_without_header: Option<&'static [Column]>,
    pub(crate) name_style: NameStyle,
    /// Whether a word names a data structure.
    pub(crate) is_struct: &'k dyn Fn(&str) -> bool,
    /// Human description of the table, for errors.
    pub(crate) what: &'static str,
}

/// One parsed row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    /// Line of the row's name.
    pub(crate) line: usize,
    /// Name as printed (with `.N` if it had one).
    pub(crate) name: String,
    pub(crate) required: Option<bool>,
    pub(crate) ty: TypeRef,
    /// Cleaned description (nullability note still included).
    pub(crate) description: String,
}

impl Row {
    /// The spec's field: a `.N` name suffix becomes `list`, the nullability note `nullable`.
    pub(crate) fn into_field(self) -> Field {
        let (name, list) = match self.name.strip_suffix(".N") {
            Some(base) => (base.to_owned(), true),
            None => (self.name, false),
        };
        let (description, nullable) = strip_nullable_note(&self.description);
        Field {
            name,
            ty: self.ty,
            list,
            required: self.required,
            nullable,
            description,
            values: Vec::new(),
        }
    }
}

/// A parsed table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Table {
    pub(crate) columns: Vec<Column>,
    pub(crate) rows: Vec<Row>,
}

/// Maximum number of lines the fixed cells of one row may span (`PrivateIpAddresses` / `Array` /
/// `of` / `String` / `No` is the longest in the docs).
const MAX_HEAD_LINES: usize = 8;

/// Parses a table occupying `lines` (text before the header is not allowed; the caller cuts it).
pub(crate) fn parse_table(
    lines: &[Line<'_>],
    end_line: usize,
    options: &TableOptions<'_>,
) -> Result<Table> {
    let words: Vec<Vec<(usize, &str)>> = lines.iter().map(|l| word_spans(l.text)).collect();
    let parser = Parser {
        lines,
        words: &words,
        options,
        end_line,
    };
    let (header_columns, body_start) = parser.header()?;
    match header_columns.or(options.columns_without_header) {
        Some(columns) => parser.rows(body_start, columns),
        None => {
            // No header (spec/docs/NOTES.md, T10): the Required column exists if every row has it.
            let with_required = parser.rows(body_start, MEMBER_COLUMNS_REQUIRED);
            let without = parser.rows(body_start, OUTPUT_COLUMNS);
            match (with_required, without) {
                (Ok(a), Ok(b)) if a.rows.len() == b.rows.len() => Ok(a),
                (_, Ok(b)) => Ok(b),
                (Ok(a), Err(_)) => Ok(a),
                (Err(_), Err(e)) => Err(e),
            }
        }
    }
}

/// Vocabulary of header rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeaderWord {
    Parameter,
    Name,
    Required,
    Type,
    Description,
}

const HEADER_VOCABULARY: [(&str, HeaderWord); 5] = [
    ("Parameter", HeaderWord::Parameter),
    ("Name", HeaderWord::Name),
    ("Required", HeaderWord::Required),
    ("Type", HeaderWord::Type),
    ("Description", HeaderWord::Description),
];

/// Splits a line into header words (`DescriptionName` of doubled headers counts as two, T9).
fn header_words(text: &str) -> Option<Vec<HeaderWord>> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let mut rest = word;
        while !rest.is_empty() {
            let (spelling, header_word) = HEADER_VOCABULARY
                .iter()
                .find(|(spelling, _)| rest.starts_with(spelling))?;
            out.push(*header_word);
            rest = rest.get(spelling.len()..)?;
        }
    }
    (!out.is_empty()).then_some(out)
}

struct Parser<'p, 'a> {
    lines: &'p [Line<'a>],
    words: &'p [Vec<(usize, &'a str)>],
    options: &'p TableOptions<'p>,
    end_line: usize,
}

/// Where the description of a row starts.
#[derive(Debug, Clone, Copy)]
enum DescriptionStart {
    /// At a byte offset of a line the fixed cells started on.
    InLine { line: usize, offset: usize },
    /// At the beginning of a line.
    AtLine(usize),
}

/// The fixed cells of a row.
#[derive(Debug)]
struct RowHead {
    name: String,
    required: Option<bool>,
    /// `None`: `Array of` whose element type was pushed past a page break (T7).
    ty: Option<TypeRef>,
    description: DescriptionStart,
}

/// Walks the words of consecutive non-blank lines.
#[derive(Debug, Clone, Copy)]
struct Cursor {
    line: usize,
    word: usize,
    first_line: usize,
}

impl<'a> Parser<'_, 'a> {
    fn line_no(&self, index: usize) -> usize {
        self.lines.get(index).map_or(self.end_line, |l| l.no)
    }

    fn is_header_line(&self, index: usize, previous_header: Option<&[HeaderWord]>) -> bool {
        let Some(words) = self.lines.get(index).and_then(|l| header_words(l.text)) else {
            return false;
        };
        match words.as_slice() {
            [HeaderWord::Name] => previous_header.is_some_and(|previous| {
                previous.first() == Some(&HeaderWord::Parameter)
                    && !previous.contains(&HeaderWord::Name)
            }),
            [HeaderWord::Parameter] | [HeaderWord::Parameter, HeaderWord::Name] => true,
            words => words.iter().any(|w| {
                matches!(
                    w,
                    HeaderWord::Required | HeaderWord::Type | HeaderWord::Description
                )
            }),
        }
    }

    /// Reads the header rows at the top; returns the columns they name and the first body line.
    fn header(&self) -> Result<(Option<&'static [Column]>, usize)> {
        let mut index = 0;
        let mut all_words: Vec<HeaderWord> = Vec::new();
        let mut previous: Option<Vec<HeaderWord>> = None;
        let mut body_start = 0;
        while let Some(line) = self.lines.get(index) {
            if line.is_blank() {
                index += 1;
                continue;
            }
            if !self.is_header_line(index, previous.as_deref()) {
                break;
            }
            let words = header_words(line.text).unwrap_or_default();
            all_words.extend(&words);
            previous = Some(words);
            index += 1;
            body_start = index;
        }
        if all_words.is_empty() {
            return Ok((None, 0));
        }
        // The first occurrences of Required and Type give the column order; a doubled header
        // repeats the same order.
        let required = all_words.iter().position(|w| *w == HeaderWord::Required);
        let ty = all_words.iter().position(|w| *w == HeaderWord::Type);
        let columns = match (required, ty) {
            (Some(r), Some(t)) if r < t => INPUT_COLUMNS,
            (Some(_), Some(_)) => MEMBER_COLUMNS_REQUIRED,
            (None, Some(_)) => OUTPUT_COLUMNS,
            _ => {
                let line = self.line_no(body_start.saturating_sub(1));
                return Err(ExtractError::at(
                    line,
                    format!("a {} header naming a Type column", self.options.what),
                    self.lines
                        .get(body_start.saturating_sub(1))
                        .map_or("", |l| l.text),
                ));
            }
        };
        Ok((Some(columns), body_start))
    }

    fn rows(&self, start: usize, columns: &'static [Column]) -> Result<Table> {
        let mut rows: Vec<RowBuilder> = Vec::new();
        let mut paragraph_start = true;
        let mut index = start;
        let mut previous_header: Option<Vec<HeaderWord>> = None;
        while let Some(line) = self.lines.get(index) {
            if line.is_blank() {
                paragraph_start = true;
                if let Some(row) = rows.last_mut() {
                    row.description.push_blank();
                }
                index += 1;
                continue;
            }
            if line.page_start {
                paragraph_start = true;
            }
            if self.is_header_line(index, previous_header.as_deref()) {
                // A header repeated after a page break (T9).
                previous_header = header_words(line.text);
                paragraph_start = true;
                index += 1;
                continue;
            }
            previous_header = None;
            if paragraph_start {
                if let Some((head, next)) = self.row_head(index, columns) {
                    rows.push(RowBuilder::new(self, index, head));
                    index = next;
                    paragraph_start = false;
                    continue;
                }
            }
            let Some(row) = rows.last_mut() else {
                return Err(ExtractError::at(
                    line.no,
                    format!(
                        "a {} row (a name followed by the {} cells)",
                        self.options.what,
                        describe_columns(columns)
                    ),
                    line.text,
                ));
            };
            row.continue_with(line, self.options);
            paragraph_start = false;
            index += 1;
        }
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            out.push(row.finish()?);
        }
        Ok(Table {
            columns: columns.to_vec(),
            rows: out,
        })
    }

    fn word(&self, cursor: Cursor) -> Option<&'a str> {
        self.words
            .get(cursor.line)
            .and_then(|w| w.get(cursor.word))
            .map(|(_, w)| *w)
    }

    /// Moves the cursor to the next word, crossing to later non-blank lines; `None` when the head
    /// would span too many lines or run into a header.
    fn advance(&self, cursor: Cursor) -> Option<Cursor> {
        let mut next = Cursor {
            word: cursor.word + 1,
            ..cursor
        };
        while self
            .words
            .get(next.line)
            .is_none_or(|w| next.word >= w.len())
        {
            next.line += 1;
            next.word = 0;
            if next.line >= self.lines.len() || next.line > cursor.first_line + MAX_HEAD_LINES {
                return None;
            }
            if self.is_header_line(next.line, None) {
                return None;
            }
        }
        Some(next)
    }

    fn is_type_word(&self, word: &str) -> bool {
        Primitive::from_doc_name(word).is_some() || (self.options.is_struct)(word)
    }

    /// Tries to read the fixed cells of a row starting at line `index`.
    fn row_head(&self, index: usize, columns: &[Column]) -> Option<(RowHead, usize)> {
        let mut cursor = Cursor {
            line: index,
            word: 0,
            first_line: index,
        };
        let mut name = self.word(cursor)?.to_owned();
        match self.options.name_style {
            NameStyle::Parameter => {
                if !is_parameter_name(&name) {
                    return None;
                }
            }
            NameStyle::Header => {
                if !is_header_name(&name) {
                    return None;
                }
                // `X-TC-` / `Region`: the name cell wraps at a hyphen.
                while name.ends_with('-') {
                    cursor = self.advance(cursor)?;
                    let part = self.word(cursor)?;
                    if !part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                        return None;
                    }
                    name.push_str(part);
                }
            }
        }
        let mut required = None;
        let mut ty = None;
        let mut deferred: Option<DescriptionStart> = None;
        for (position, column) in columns.iter().enumerate() {
            let is_last = position + 1 == columns.len();
            match column {
                Column::Required => {
                    cursor = self.advance(cursor)?;
                    required = Some(match self.word(cursor)? {
                        "Yes" => true,
                        "No" => false,
                        _ => return None,
                    });
                }
                Column::Type => {
                    cursor = self.advance(cursor)?;
                    let (parsed, after, deferred_start) = self.type_cell(cursor, is_last)?;
                    cursor = after;
                    ty = parsed;
                    deferred = deferred_start;
                }
            }
        }
        let description = match deferred {
            Some(start) => start,
            None => self.description_start(cursor, columns.last() == Some(&Column::Required))?,
        };
        let next = match description {
            DescriptionStart::InLine { line, .. } => line + 1,
            DescriptionStart::AtLine(line) => line,
        };
        Some((
            RowHead {
                name,
                required,
                ty,
                description,
            },
            next,
        ))
    }

    /// After the last fixed cell: the description starts on the same line if the cells started
    /// there; a later line used by the cells must hold nothing else — except after a final
    /// `Yes`/`No` cell, which the dump prints at the start of the description (`TagSet Array of` /
    /// `Tag` / `No Tag key-value pairs.`).
    fn description_start(
        &self,
        cursor: Cursor,
        ends_with_required: bool,
    ) -> Option<DescriptionStart> {
        let words = self.words.get(cursor.line)?;
        match words.get(cursor.word + 1) {
            Some((offset, _)) if cursor.line == cursor.first_line || ends_with_required => {
                Some(DescriptionStart::InLine {
                    line: cursor.line,
                    offset: *offset,
                })
            }
            Some(_) => None,
            None => Some(DescriptionStart::AtLine(cursor.line + 1)),
        }
    }

    /// Reads a type cell starting at the cursor's word; returns the type (`None` when the element
    /// type of `Array of` is deferred), the cursor on its last word, and where the description
    /// starts if the element type is deferred.
    fn type_cell(
        &self,
        cursor: Cursor,
        is_last: bool,
    ) -> Option<(Option<TypeRef>, Cursor, Option<DescriptionStart>)> {
        let word = self.word(cursor)?;
        if word == "Array" {
            let of = self.advance(cursor)?;
            if self.word(of)? != "of" {
                return None;
            }
            let element = self.advance(of);
            if let Some(element_cursor) = element {
                let element_word = self.word(element_cursor)?;
                if self.is_type_word(element_word) {
                    let (inner, after) = self.scalar_type(element_cursor)?;
                    return Some((Some(TypeRef::Array(Box::new(inner))), after, None));
                }
            }
            // The element type is not where it should be: deferred past a page break (T7).
            // Only the last fixed cell can be deferred; the description starts right here.
            if !is_last {
                return None;
            }
            let start = match element {
                Some(c) if c.line == of.line => {
                    let offset = self.words.get(c.line)?.get(c.word)?.0;
                    DescriptionStart::InLine {
                        line: c.line,
                        offset,
                    }
                }
                Some(c) => DescriptionStart::AtLine(c.line),
                None => DescriptionStart::AtLine(of.line + 1),
            };
            if of.line != cursor.first_line {
                // `of` on a later line must be alone there.
                if self
                    .words
                    .get(of.line)
                    .is_some_and(|w| w.len() != of.word + 1)
                {
                    return None;
                }
            }
            return Some((None, of, Some(start)));
        }
        let (ty, after) = self.scalar_type(cursor)?;
        Some((Some(ty), after, None))
    }

    /// A primitive (`Timestamp ISO8601` possibly split over lines) or a data-structure name.
    fn scalar_type(&self, cursor: Cursor) -> Option<(TypeRef, Cursor)> {
        let word = self.word(cursor)?;
        if word == "Timestamp" {
            if let Some(next) = self.advance(cursor) {
                if self.word(next) == Some("ISO8601") {
                    return Some((TypeRef::Primitive(Primitive::TimestampIso8601), next));
                }
            }
            return Some((TypeRef::Primitive(Primitive::Timestamp), cursor));
        }
        type_word(word, self.options).map(|ty| (ty, cursor))
    }
}

/// A one-word type: a primitive or a data structure the caller knows.
fn type_word(word: &str, options: &TableOptions<'_>) -> Option<TypeRef> {
    match Primitive::from_doc_name(word) {
        Some(primitive) => Some(TypeRef::Primitive(primitive)),
        None if (options.is_struct)(word) => Some(TypeRef::Struct(word.to_owned())),
        None => None,
    }
}

fn describe_columns(columns: &[Column]) -> &'static str {
    match columns {
        [Column::Required, Column::Type] => "Required (Yes/No) and Type",
        [Column::Type, Column::Required] => "Type and Required (Yes/No)",
        _ => "Type",
    }
}

/// `Filters`, `Filters.N`, `InstanceIdSet`: an identifier starting with an uppercase letter.
pub(crate) fn is_parameter_name(word: &str) -> bool {
    let base = word.strip_suffix(".N").unwrap_or(word);
    is_identifier(base)
}

/// An ASCII identifier starting with an uppercase letter.
pub(crate) fn is_identifier(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A CamelCase word with at least two capitals and a lowercase letter (`DescribeNode`,
/// `FailedOperation`), which the prose of table cells never starts with (`Gets`, `CLB`, `The`).
pub(crate) fn is_camel_case_name(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
        && word.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
        && word.chars().any(|c| c.is_ascii_lowercase())
}

fn is_header_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// A row being read.
struct RowBuilder {
    line: usize,
    name: String,
    required: Option<bool>,
    ty: Option<TypeRef>,
    description: TextBuilder,
}

impl RowBuilder {
    fn new(parser: &Parser<'_, '_>, index: usize, head: RowHead) -> Self {
        let mut description = TextBuilder::cell();
        if let DescriptionStart::InLine { line, offset } = head.description {
            if let Some(l) = parser.lines.get(line) {
                description.push(l.text.get(offset..).unwrap_or(""), l.hard_break);
            }
        }
        RowBuilder {
            line: parser.line_no(index),
            name: head.name,
            required: head.required,
            ty: head.ty,
            description,
        }
    }

    fn continue_with(&mut self, line: &Line<'_>, options: &TableOptions<'_>) {
        if self.ty.is_none() && line.page_start {
            // The deferred element type of `Array of`: the first word of the first page-start
            // line of the row that names a type (T7).
            let words = word_spans(line.text);
            if let Some((_, first)) = words.first() {
                if let Some(element) = type_word(first, options) {
                    self.ty = Some(TypeRef::Array(Box::new(element)));
                    let rest = words
                        .get(1)
                        .map_or("", |(offset, _)| line.text.get(*offset..).unwrap_or(""));
                    self.description.push_blank();
                    self.description.push(rest, line.hard_break);
                    return;
                }
            }
        }
        self.description.push_line(line);
    }

    fn finish(self) -> Result<Row> {
        let Some(ty) = self.ty else {
            return Err(ExtractError::at(
                self.line,
                "the element type of `Array of` on a later line of the row (a page-start line \
                 beginning with a type name)",
                &self.name,
            ));
        };
        Ok(Row {
            line: self.line,
            name: self.name,
            required: self.required,
            ty,
            description: self.description.finish(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        text.split('\n')
            .enumerate()
            .map(|(i, raw)| {
                let page_start = raw.starts_with(' ') && !raw.starts_with("  ");
                let body = if page_start { &raw[1..] } else { raw };
                Line {
                    no: i + 1,
                    text: body.trim_end(),
                    hard_break: body.ends_with(' '),
                    page_start,
                }
            })
            .collect()
    }

    fn structs(word: &str) -> bool {
        [
            "Filter",
            "Module",
            "NodeInstanceNum",
            "RouteTableAssociation",
            "InstanceOperator",
        ]
        .contains(&word)
    }

    fn options() -> TableOptions<'static> {
        TableOptions {
            columns_without_header: None,
            name_style: NameStyle::Parameter,
            is_struct: &structs,
            what: "test",
        }
    }

    fn summary(table: &Table) -> Vec<String> {
        table
            .rows
            .iter()
            .map(|r| format!("{}|{:?}|{}|{}", r.name, r.required, r.ty, r.description))
            .collect()
    }

    #[test]
    fn reads_cells_spread_over_lines() {
        let text = "Parameter\nName\n\nRequired Type Description\n\n\
                    Filters.N No Array\nof\nFilter\n\nFilter.\x20\nzone String Required: no (Filter)\n\n\
                    Limit No Integer Number of results.\n\n\
                    ZoneSet.N Yes\nArray of\nFilter\n\nList of zones";
        let table = parse_table(&lines(text), 99, &options()).unwrap();
        assert_eq!(table.columns, INPUT_COLUMNS);
        assert_eq!(
            summary(&table),
            [
                "Filters.N|Some(false)|Array of Filter|Filter.\nzone String Required: no (Filter)",
                "Limit|Some(false)|Integer|Number of results.",
                "ZoneSet.N|Some(true)|Array of Filter|List of zones",
            ]
        );
    }

    #[test]
    fn finds_a_deferred_element_type_after_a_page_break() {
        let text = "Parameter Name Type Description\n\n\
                    InstanceOperatorSet Array of Prohibited operations for the\n\n \
                    InstanceOperator instance\n\nRequestId String The ID.";
        let table = parse_table(&lines(text), 99, &options()).unwrap();
        assert_eq!(
            summary(&table),
            [
                "InstanceOperatorSet|None|Array of InstanceOperator|Prohibited operations for the instance",
                "RequestId|None|String|The ID.",
            ]
        );
    }

    #[test]
    fn infers_the_required_column_and_skips_repeated_headers() {
        let text = "NodeInstanceNum NodeInstanceNum Instance statistics\n\nModule Module Module information";
        let table = parse_table(&lines(text), 99, &options()).unwrap();
        assert_eq!(table.columns, OUTPUT_COLUMNS);
        assert_eq!(
            summary(&table),
            [
                "NodeInstanceNum|None|NodeInstanceNum|Instance statistics",
                "Module|None|Module|Module information"
            ]
        );
        let text = "Name Type Required DescriptionName Type Required Description\n\n\
                    VpcId String No VPC ID\n Name Type Required Description\n\n\
                    AssociationSet\nArray of\nRouteTableAssociation No\n\nAssociations\n\n\
                    Created Timestamp\nISO8601 No\n\nTime";
        let table = parse_table(&lines(text), 99, &options()).unwrap();
        assert_eq!(
            summary(&table),
            [
                "VpcId|Some(false)|String|VPC ID",
                "AssociationSet|Some(false)|Array of RouteTableAssociation|Associations",
                "Created|Some(false)|Timestamp ISO8601|Time",
            ]
        );
    }

    #[test]
    fn a_bare_identifier_ending_a_description_is_not_a_row() {
        let text = "Name Type Description\n\nKind String Values: Address,\nAddressIpv6\n\nModule Module Module information";
        let table = parse_table(&lines(text), 99, &options()).unwrap();
        assert_eq!(table.rows.len(), 2);
        let text = "Name Type Description\n\nKind String Values:\n\nAddressIpv6\nModule Module Module information";
        let table = parse_table(&lines(text), 99, &options()).unwrap();
        assert_eq!(
            summary(&table),
            ["Kind|None|String|Values: AddressIpv6 Module Module Module information"]
        );
    }

    #[test]
    fn text_before_the_first_row_is_an_error() {
        let text = "Parameter Name Type Description\n\nsome prose\n";
        let error = parse_table(&lines(text), 99, &options()).unwrap_err();
        assert_eq!(error.line(), Some(3));
    }

    #[test]
    fn an_unresolved_deferred_element_is_an_error() {
        let text = "Parameter Name Type Description\n\nSet Array of Things";
        let error = parse_table(&lines(text), 99, &options()).unwrap_err();
        assert_eq!(error.line(), Some(3));
    }

    #[test]
    fn header_names_wrap_at_hyphens() {
        let text = "Parameter\nName\n\nType Required Description\n\nX-TC-\nRegion\n\nString Yes\n\nRegion parameter.\n\n\
                    X-TC-\nTimestamp Integer Yes\n\nThe time.";
        let options = TableOptions {
            name_style: NameStyle::Header,
            ..options()
        };
        let table = parse_table(&lines(text), 99, &options).unwrap();
        assert_eq!(
            summary(&table),
            [
                "X-TC-Region|Some(true)|String|Region parameter.",
                "X-TC-Timestamp|Some(true)|Integer|The time."
            ]
        );
    }
}
