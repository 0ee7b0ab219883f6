//! The documented vocabulary: closed value sets of fields and the filter catalogues of the
//! `Filters` parameters, read from the (cleaned, overridden) descriptions.
//!
//! Precision over recall: a value set is recorded only when the description lists its values
//! in one of the documented shapes and nothing suggests the list is open or combinable;
//! everything else stays free text and is reported by [`free_text_value_lists`].
//!
//! Shapes recognised:
//!
//! - quoted: `including 'CREATING' (creating), 'BINDING' (binding), …`;
//! - after `Valid values:`, one `VALUE: meaning` item per line or per `;`, or a bare list
//!   `TCP, UDP` / `SUCCESS; FAILED; RUNNING` / `cvm and eks` (a value may carry a
//!   parenthesised meaning: `IPV4 (default)`);
//! - without that header, `VALUE: meaning` items at the start of the description, of a line or
//!   of a sentence, where every value is an upper-case word (`STOPPED`) or an integer (`0`).

use ecm_spec::{
    Action, DocumentedFilter, DocumentedValue, Field, FilterSet, Primitive, Spec, TypeRef,
};

/// A field whose description looks like it lists values but was left free text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FreeTextValues {
    /// `DataType.Member`, `Action input Name` or `Action output Name`.
    pub field: String,
    /// Why it is not a closed set.
    pub reason: String,
}

/// The outcome of reading one description.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Reading {
    /// Nothing that looks like a list of values.
    Nothing,
    /// A closed set.
    Closed(Vec<DocumentedValue>),
    /// Looks like a list but is not certainly a closed set of wire values.
    FreeText(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    String,
    Integer,
}

fn kind(ty: &TypeRef) -> Option<Kind> {
    match ty.element() {
        TypeRef::Primitive(Primitive::String) => Some(Kind::String),
        TypeRef::Primitive(Primitive::Integer) => Some(Kind::Integer),
        _ => None,
    }
}

/// Records value sets on every field and filter catalogues on every action.
pub(crate) fn annotate(spec: &mut Spec) {
    for action in &mut spec.actions {
        for field in action.inputs.iter_mut().chain(action.outputs.iter_mut()) {
            field.values = field_values(field);
        }
        action.filters = filter_set(action);
    }
    for data_type in &mut spec.data_types {
        for member in &mut data_type.members {
            member.values = field_values(member);
        }
    }
}

fn field_values(field: &Field) -> Vec<DocumentedValue> {
    match kind(&field.ty).map(|kind| read(kind, &field.description)) {
        Some(Reading::Closed(values)) => values,
        _ => Vec::new(),
    }
}

/// Every String/Integer field whose description looks like a list of values that was left free
/// text, with the reason, in documentation order (actions, then data structures).
pub fn free_text_value_lists(spec: &Spec) -> Vec<FreeTextValues> {
    let mut out = Vec::new();
    let mut visit = |label: String, field: &Field| {
        if let Some(kind) = kind(&field.ty) {
            if let Reading::FreeText(reason) = read(kind, &field.description) {
                out.push(FreeTextValues {
                    field: label,
                    reason,
                });
            }
        }
    };
    for action in &spec.actions {
        for field in &action.inputs {
            visit(format!("{} input {}", action.name, field.name), field);
        }
        for field in &action.outputs {
            visit(format!("{} output {}", action.name, field.name), field);
        }
    }
    for data_type in &spec.data_types {
        for member in &data_type.members {
            visit(format!("{}.{}", data_type.name, member.name), member);
        }
    }
    out
}

fn read(kind: Kind, description: &str) -> Reading {
    let Some(values) = candidate(description) else {
        return Reading::Nothing;
    };
    let values = match values {
        Ok(values) => values,
        Err(reason) => return Reading::FreeText(reason),
    };
    if values.len() < 2 {
        return Reading::FreeText(format!(
            "a single documented value (`{}`) does not show the set",
            values[0].value
        ));
    }
    for (i, value) in values.iter().enumerate() {
        if values[..i].iter().any(|v| v.value == value.value) {
            return Reading::FreeText(format!("`{}` is listed twice", value.value));
        }
    }
    if kind == Kind::Integer && values.iter().any(|v| v.value.parse::<i64>().is_err()) {
        return Reading::FreeText("an Integer field documents non-numeric values".to_owned());
    }
    let lower = description.to_lowercase();
    if lower.contains("separate them") || lower.contains("multiple") {
        return Reading::FreeText("values can be combined (\"multiple …\")".to_owned());
    }
    if let Some(default) = default_value(description) {
        if !values.iter().any(|v| v.value == default) {
            return Reading::FreeText(format!(
                "the documented default `{default}` is not among the listed values"
            ));
        }
    }
    Reading::Closed(values)
}

/// `Default value: X` (first word, trailing punctuation removed).
fn default_value(description: &str) -> Option<String> {
    let start = description.find("Default value: ")? + "Default value: ".len();
    let word: String = description[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    (!word.is_empty()).then_some(word)
}

type Candidate = Result<Vec<DocumentedValue>, String>;

/// The values the description lists, if it lists any.
fn candidate(description: &str) -> Option<Candidate> {
    if let Some(start) = description.find("including '") {
        let values = quoted(&description[start + "including ".len()..]);
        return Some(if values.is_empty() {
            Err("the quoted list could not be read".to_owned())
        } else {
            Ok(values)
        });
    }
    if let Some(start) = description.find("Valid values:") {
        let rest = &description[start + "Valid values:".len()..];
        if let Some(items) = items(rest, false) {
            return Some(Ok(items));
        }
        if let Some(list) = bare_list(rest) {
            return Some(Ok(list));
        }
        return Some(Err(
            "\"Valid values\" is followed by prose, not by wire values".to_owned(),
        ));
    }
    // Items at the start of the description, a line or a sentence.
    let mut starts = vec![0];
    for (i, c) in description.char_indices() {
        if c == '\n' || (c == ' ' && description[..i].ends_with('.')) {
            starts.push(i + 1);
        }
    }
    starts
        .into_iter()
        .find_map(|start| items(&description[start..], true))
        .map(Ok)
}

/// `'X' (meaning), 'Y' (meaning), and 'Z' (meaning)`.
fn quoted(text: &str) -> Vec<DocumentedValue> {
    let mut values = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('\'') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('\'') else { break };
        let value = &after[..close];
        if !is_word(value) {
            break;
        }
        let tail = after[close + 1..].trim_start();
        let (meaning, next) = match tail.strip_prefix('(') {
            Some(inner) => match inner.find(')') {
                Some(end) => (inner[..end].trim().to_owned(), &inner[end + 1..]),
                None => break,
            },
            None => (String::new(), tail),
        };
        values.push(DocumentedValue {
            value: value.to_owned(),
            meaning,
        });
        rest = next;
    }
    values
}

fn is_word(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn is_integer(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

/// Reads an item's value at the start of `text` (after optional whitespace and a `- ` bullet):
/// `VALUE: ` → (value, rest after `: `).
fn item_start(text: &str, strict: bool) -> Option<(&str, &str)> {
    let text = text.trim_start_matches([' ', '\t']);
    let text = match text.strip_prefix("- ") {
        Some(rest) => rest.trim_start(),
        None => text,
    };
    let end = text.find(':')?;
    let value = &text[..end];
    let after = &text[end + 1..];
    if !(after.starts_with(' ') || after.is_empty() || after.starts_with('\n')) {
        return None;
    }
    let ok = if is_integer(value) {
        true
    } else if strict {
        value.starts_with(|c: char| c.is_ascii_uppercase())
            && value
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    } else {
        value.starts_with(|c: char| c.is_ascii_alphabetic()) && is_word(value)
    };
    ok.then_some((value, after))
}

/// A sequence of `VALUE: meaning` items separated by line breaks or `;`; `None` unless
/// `text` (after whitespace) starts with one.
fn items(text: &str, strict: bool) -> Option<Vec<DocumentedValue>> {
    let text = text.trim_start();
    let (mut value, mut rest) = item_start(text, strict)?;
    let mut values = Vec::new();
    // Whether the current item is the only one on its line so far (its meaning may then run
    // over sentences to the end of the line).
    let mut line_item = true;
    loop {
        let mut meaning_end = rest.len();
        let mut next: Option<(&str, &str, bool)> = None;
        let mut stop = false;
        let bytes = rest.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => {
                    meaning_end = i;
                    match item_start(&rest[i + 1..], strict) {
                        Some((v, r)) => next = Some((v, r, true)),
                        None => stop = true,
                    }
                    break;
                }
                b';' | b'.' if rest[i + 1..].starts_with(' ') => {
                    if let Some((v, r)) = item_start(&rest[i + 1..], strict) {
                        meaning_end = i;
                        next = Some((v, r, false));
                        break;
                    }
                    if bytes[i] == b'.' && !line_item {
                        meaning_end = i;
                        stop = true;
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let meaning = rest[..meaning_end]
            .trim()
            .trim_end_matches(['.', ';', ','])
            .trim()
            .to_owned();
        values.push(DocumentedValue {
            value: value.to_owned(),
            meaning,
        });
        match next {
            Some((v, r, at_line_start)) if !stop => {
                value = v;
                rest = r;
                line_item = at_line_start;
            }
            _ => break,
        }
    }
    Some(values)
}

/// `A, B, C` / `A; B` / `A and B` / `A (meaning), B (meaning)`, up to the end of the sentence.
fn bare_list(text: &str) -> Option<Vec<DocumentedValue>> {
    let mut values = Vec::new();
    let mut rest = text.trim_start();
    loop {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let value = &rest[..end];
        if value.is_empty() {
            return None;
        }
        rest = &rest[end..];
        let mut meaning = String::new();
        if let Some(inner) = rest.strip_prefix(" (") {
            let mut depth = 1;
            let close = inner.char_indices().find_map(|(i, c)| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                (depth == 0).then_some(i)
            })?;
            meaning = inner[..close].trim().to_owned();
            rest = &inner[close + 1..];
        }
        values.push(DocumentedValue {
            value: value.to_owned(),
            meaning,
        });
        let separator = [", and ", ", or ", ", ", "; ", " and ", " or "]
            .iter()
            .find(|sep| rest.starts_with(**sep));
        match separator {
            Some(sep) => rest = &rest[sep.len()..],
            None => {
                // The list must end the sentence or the line.
                let ends = rest.is_empty()
                    || rest.starts_with(". ")
                    || rest.starts_with('.')
                    || rest.starts_with('\n');
                return (ends && values.len() >= 2).then_some(values);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Filters

/// The filter catalogue of an action's `Filters` parameter.
fn filter_set(action: &Action) -> Option<FilterSet> {
    let parameter = action
        .inputs
        .iter()
        .find(|f| f.name == "Filters" && f.ty.element() == &TypeRef::Struct("Filter".into()))?;
    let description = &parameter.description;
    let mut filters: Vec<DocumentedFilter> = Vec::new();
    // Whether the last line read belongs to the last filter (continuations attach to it).
    let mut attached = false;
    for (index, line) in description.split('\n').enumerate() {
        let line = line.trim();
        if index == 0 {
            // `Filter. InstanceFamily: instance family.` / `Filter. Zone: AZ; InstanceType: …`
            if let Some(rest) = line.strip_prefix("Filter. ") {
                if let Some(items) = items(rest, false) {
                    if items
                        .iter()
                        .all(|i| i.value.starts_with(|c: char| c.is_ascii_uppercase()))
                    {
                        for item in items {
                            filters.push(filter(&item.value, None, &item.meaning));
                        }
                    }
                }
            }
            continue;
        }
        let rows = rows(line);
        if !rows.is_empty() {
            filters.extend(rows);
            attached = true;
            continue;
        }
        let continuation = line.starts_with('(') || item_start(line, true).is_some();
        if attached && continuation {
            if let Some(last) = filters.last_mut() {
                last.description.push('\n');
                last.description.push_str(line);
                *last = filter(
                    &last.name.clone(),
                    last.value_type.clone(),
                    &last.description.clone(),
                );
            }
        } else {
            attached = false;
        }
    }
    if filters.is_empty() {
        return None;
    }
    Some(FilterSet {
        parameter: parameter.name.clone(),
        max_filters: number_before(description, " Filters"),
        max_values: number_before(description, " Filter.Values"),
        filters,
    })
}

/// `… up to 10 Filters` → 10: the number right before `marker`.
fn number_before(text: &str, marker: &str) -> Option<u32> {
    text.match_indices(marker).find_map(|(at, _)| {
        let before = &text[..at];
        let digits: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        digits.parse().ok()
    })
}

fn filter(name: &str, value_type: Option<String>, description: &str) -> DocumentedFilter {
    let lower = description.to_lowercase();
    let fuzzy = lower.contains("fuzzy") && !lower.contains("not supported");
    let single_value = lower.contains("only one value")
        || lower.contains("a single value")
        || lower.contains("only one isp at a time");
    let values = match read(Kind::String, description) {
        Reading::Closed(values) => values,
        _ => Vec::new(),
    };
    let key_prefix = name.split_once(':').map(|(prefix, _)| format!("{prefix}:"));
    DocumentedFilter {
        name: name.to_owned(),
        key_prefix,
        value_type,
        description: description.to_owned(),
        fuzzy,
        single_value,
        values,
    }
}

/// The filter rows of one line: usually one, sometimes two (`… address. tag-key - String - …`).
fn rows(line: &str) -> Vec<DocumentedFilter> {
    let Some((name, value_type, mut description)) = row(line) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    // A second row starts after a sentence end inside the description.
    let mut second = None;
    for (i, _) in description.match_indices(". ") {
        if let Some(parsed) = row(&description[i + 2..]) {
            if parsed.1.is_some() {
                second = Some((i + 1, parsed));
                break;
            }
        }
    }
    if let Some((end, (name2, type2, description2))) = second {
        found.push(filter(name, value_type, description[..end].trim()));
        found.push(filter(name2, type2, description2));
        return found;
    }
    description = description.trim();
    found.push(filter(name, value_type, description));
    found
}

/// One row: `name - Type - Required: no - (Filter) text`, `name Type Required: no (Filter) text`,
/// `name - Type - text` or `name: text` → (name, type, text).
fn row(line: &str) -> Option<(&str, Option<String>, &str)> {
    if !line.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let end = line
        .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || ".:-".contains(c)))
        .unwrap_or(line.len());
    let mut name = &line[..end];
    let mut rest = &line[end..];
    if let Some(stripped) = name.strip_suffix(':') {
        // `task-id: async task ID`
        if rest.starts_with(' ') && is_filter_name(stripped) {
            return Some((stripped, None, rest.trim()));
        }
        return None;
    }
    name = name.trim_end_matches('-');
    if !is_filter_name(name) {
        return None;
    }
    rest = rest.trim_start_matches([' ', '-']);
    const TYPES: [(&str, &str); 6] = [
        ("Array of String", "Array of String"),
        ("String", "String"),
        ("string", "String"),
        ("Boolean", "Boolean"),
        ("Integer", "Integer"),
        ("integer", "Integer"),
    ];
    let (printed, ty) = TYPES
        .iter()
        .find(|(printed, _)| rest.starts_with(printed))?;
    rest = &rest[printed.len()..];
    if rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    rest = rest.trim_start_matches([' ', '-']);
    for marker in ["Required: no", "Required: yes", "(Filter)"] {
        if let Some(stripped) = rest.strip_prefix(marker) {
            rest = stripped.trim_start_matches([' ', '-']);
        }
    }
    Some((name, Some((*ty).to_owned()), rest.trim()))
}

fn is_filter_name(name: &str) -> bool {
    name.len() > 1
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && !name.ends_with(['-', '.', ':'])
        && (name.contains('-') || name.contains('.') || name.contains(':') || name.len() <= 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(kind: Kind, text: &str) -> Vec<(String, String)> {
        match read(kind, text) {
            Reading::Closed(values) => values.into_iter().map(|v| (v.value, v.meaning)).collect(),
            other => panic!("{text:?} → {other:?}"),
        }
    }

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(v, m)| ((*v).to_owned(), (*m).to_owned()))
            .collect()
    }

    #[test]
    fn line_items_inline_items_and_bare_lists() {
        assert_eq!(
            values(
                Kind::String,
                "Shutdown type. Valid values:\n SOFT: soft shutdown\n HARD: hard shutdown\n SOFT_FIRST: perform a soft shutdown first; if it fails, perform a hard shutdown\n Default value: SOFT."
            ),
            pairs(&[
                ("SOFT", "soft shutdown"),
                ("HARD", "hard shutdown"),
                (
                    "SOFT_FIRST",
                    "perform a soft shutdown first; if it fails, perform a hard shutdown"
                )
            ])
        );
        assert_eq!(
            values(
                Kind::Integer,
                "Sorting order. 0: descending; 1: ascending. If this parameter is not specified, it will be descending by default."
            ),
            pairs(&[("0", "descending"), ("1", "ascending")])
        );
        assert_eq!(
            values(
                Kind::Integer,
                "CLB instance status. Valid values:\n 0: creating; 1: running."
            ),
            pairs(&[("0", "creating"), ("1", "running")])
        );
        assert_eq!(
            values(
                Kind::String,
                "IP version. Valid values: IPV4 (default), IPv6FullChain (IPv6 version). This parameter is only for public network CLB instances."
            ),
            pairs(&[("IPV4", "default"), ("IPv6FullChain", "IPv6 version")])
        );
        assert_eq!(
            values(Kind::String, "Type. Valid values: cvm and eks."),
            pairs(&[("cvm", ""), ("eks", "")])
        );
        assert_eq!(
            values(
                Kind::String,
                "EIP status, including 'CREATING' (creating), 'BIND' (bound), and 'BIND_ENI' (binding dangling ENI)"
            ),
            pairs(&[
                ("CREATING", "creating"),
                ("BIND", "bound"),
                ("BIND_ENI", "binding dangling ENI")
            ])
        );
    }

    #[test]
    fn doubtful_lists_stay_free_text() {
        for text in [
            "Port. Valid values: all, discrete port, range.",
            "Network type. Valid values: OPEN: public network",
            "Disk type. Valid values:\n - LOCAL_BASIC: local disk;\n - CLOUD_PREMIUM: Premium Cloud Storage;\n Default value: CLOUD_BASIC.",
            "ISP name. Valid values:\n CTCC: China Telecom\n CUCC: China Unicom\n If there are multiple ISP names, you need to separate them by semicolons.",
        ] {
            assert!(
                matches!(read(Kind::String, text), Reading::FreeText(_)),
                "{text}"
            );
        }
        assert_eq!(read(Kind::String, "Note: a name."), Reading::Nothing);
        assert!(matches!(
            read(Kind::Integer, "Valid values: TCP, UDP."),
            Reading::FreeText(_)
        ));
    }

    #[test]
    fn filter_rows() {
        let found = rows(
            "address-ip - String - (Filter) Private IPv4 address. tag-key - String - Required: no - (Filter) Filter by tag key. For directions, see Sample 2.",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].name, "address-ip");
        assert_eq!(found[0].description, "Private IPv4 address.");
        assert_eq!(found[1].name, "tag-key");
        let found = rows(
            "zone-name String Required: no (Filter) Filter by AZ name. Fuzzy match is supported.",
        );
        assert_eq!(found[0].name, "zone-name");
        assert!(found[0].fuzzy);
        let found =
            rows("snapshot-type- Array of String - Required: no - (Filter) Filter by type.");
        assert_eq!(found[0].name, "snapshot-type");
        assert_eq!(found[0].value_type.as_deref(), Some("Array of String"));
        let found = rows("tag:tag-key String Required: no (Filter) Filter by tag key-value pair.");
        assert_eq!(found[0].key_prefix.as_deref(), Some("tag:"));
        assert!(rows("If the Filters parameter is not specified, all are queried.").is_empty());
        assert!(rows("You can specify either region or area.").is_empty());
    }
}
