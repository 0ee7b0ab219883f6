//! The examples of an action page: `ExampleN title`, an optional sentence, `Input Example` (a GET
//! query `https://…/?Action=X` + `&Name=value` lines, or a `POST / HTTP/1.1` request with a JSON
//! body) and `Output Example` (a JSON response).

use std::collections::HashMap;

use ecm_spec::{DataType, ExampleInputForm, Field, Primitive, TypeRef};
use serde_json::{Map, Value};

use super::error::{ExtractError, Result};
use super::section::Section;
use super::text::{CodeLine, TextBuilder, code_lines, join_lines};

const COMMON_REQUEST_PARAMETERS: &str = "<Common request parameters>";

/// An example as printed, before its query input is typed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawExample {
    pub(crate) line: usize,
    pub(crate) title: String,
    pub(crate) description: String,
    pub(crate) input: RawInput,
    /// The `Response` object of the output example.
    pub(crate) output: Value,
}

/// An example input as printed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RawInput {
    /// `https://…/?Action=X` then `&Name=value` lines.
    Query {
        action: String,
        /// `(name, value, line)` in printed order, without `Action`.
        params: Vec<(String, String, usize)>,
    },
    /// `POST / HTTP/1.1`, headers, JSON body.
    Json { action: String, body: Value },
}

impl RawInput {
    pub(crate) fn action(&self) -> &str {
        match self {
            RawInput::Query { action, .. } | RawInput::Json { action, .. } => action,
        }
    }

    pub(crate) fn form(&self) -> ExampleInputForm {
        match self {
            RawInput::Query { .. } => ExampleInputForm::Query,
            RawInput::Json { .. } => ExampleInputForm::Json,
        }
    }
}

/// `Example1 Viewing region list` → `Some("Viewing region list")`.
fn example_title(text: &str) -> Option<&str> {
    let rest = text.trim().strip_prefix("Example")?;
    let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let title = rest.get(digits..)?;
    if !title.is_empty() && !title.starts_with(char::is_whitespace) {
        return None;
    }
    Some(title.trim())
}

/// Parses the `4. Example` section (without its marker line).
pub(crate) fn parse_examples(section: &Section<'_, '_>) -> Result<Vec<RawExample>> {
    let (before, parts) = section.split_at_markers(|l| example_title(l.text).is_some());
    if let Some(stray) = before.content().next() {
        return Err(ExtractError::at(stray.no, "`Example1 <title>`", stray.text));
    }
    if parts.is_empty() {
        return Err(ExtractError::at(
            section.first_no(),
            "at least one `ExampleN <title>`",
            section.text(0),
        ));
    }
    parts.iter().map(parse_example).collect()
}

fn parse_example(section: &Section<'_, '_>) -> Result<RawExample> {
    let input_marker = section.expect_marker(1, "Input Example")?;
    let output_marker = section.expect_marker(input_marker + 1, "Output Example")?;

    // The title may wrap; its paragraph ends at a blank line.
    let mut title = TextBuilder::prose();
    title.push(example_title(section.text(0)).unwrap_or(""), false);
    let mut index = 1;
    while let Some(line) = section.lines.get(index) {
        if index >= input_marker || line.is_blank() || line.page_start {
            break;
        }
        title.push_line(line);
        index += 1;
    }
    let description = join_lines(section.sub(index, input_marker).lines);

    let input_lines = code_lines(section.sub(input_marker + 1, output_marker).lines);
    let input = parse_input(&input_lines, section.line_no(input_marker))?;
    let output_lines = code_lines(section.from(output_marker + 1).lines);
    let output = parse_json(
        &output_lines,
        section.line_no(output_marker),
        "the output example",
    )?;
    let output = match output {
        Value::Object(mut object) => object.remove("Response"),
        _ => None,
    }
    .ok_or_else(|| {
        ExtractError::at(
            section.line_no(output_marker),
            "an output example `{\"Response\": {…}}`",
            output_lines.first().map_or("", |c| c.text.as_str()),
        )
    })?;
    Ok(RawExample {
        line: section.first_no(),
        title: title.finish(),
        description,
        input,
        output,
    })
}

fn parse_input(lines: &[CodeLine], marker_line: usize) -> Result<RawInput> {
    let Some((first, rest)) = lines.split_first() else {
        return Err(ExtractError::at(
            marker_line,
            "an input example after `Input Example`",
            "",
        ));
    };
    let text = first.text.trim();
    if text.starts_with("https://") || text.starts_with("http://") {
        parse_query(first, rest)
    } else if text.starts_with("POST ") {
        parse_post(first, rest)
    } else {
        Err(ExtractError::at(
            first.line,
            "an input example starting with `https://…/?Action=` or `POST / HTTP/1.1`",
            text,
        ))
    }
}

fn parse_query(first: &CodeLine, rest: &[CodeLine]) -> Result<RawInput> {
    let query = first
        .text
        .trim()
        .split_once('?')
        .map(|(_, q)| q)
        .ok_or_else(|| {
            ExtractError::at(first.line, "a URL with a query `?Action=X`", &first.text)
        })?;
    let mut pairs: Vec<(&str, usize)> = query.split('&').map(|p| (p, first.line)).collect();
    let mut saw_common = false;
    for line in rest {
        let text = line.text.trim();
        let Some(pair) = text.strip_prefix('&') else {
            return Err(ExtractError::at(
                line.line,
                "a query parameter line `&Name=value`",
                text,
            ));
        };
        if saw_common {
            return Err(ExtractError::at(
                line.line,
                format!("`&{COMMON_REQUEST_PARAMETERS}` as the last query line"),
                text,
            ));
        }
        if pair == COMMON_REQUEST_PARAMETERS {
            saw_common = true;
            continue;
        }
        pairs.push((pair, line.line));
    }
    let mut action = None;
    let mut params = Vec::new();
    for (pair, line) in pairs {
        let Some((name, value)) = pair.split_once('=') else {
            return Err(ExtractError::at(
                line,
                "a query parameter `Name=value`",
                pair,
            ));
        };
        let name = name.trim();
        if name.is_empty() {
            return Err(ExtractError::at(line, "a query parameter name", pair));
        }
        if name == "Action" && action.is_none() {
            action = Some(value.trim().to_owned());
        } else {
            params.push((name.to_owned(), value.trim().to_owned(), line));
        }
    }
    let action = action.ok_or_else(|| {
        ExtractError::at(
            first.line,
            "`Action=<name>` in the example URL",
            &first.text,
        )
    })?;
    Ok(RawInput::Query { action, params })
}

fn parse_post(first: &CodeLine, rest: &[CodeLine]) -> Result<RawInput> {
    let mut action = None;
    let mut body_start = None;
    for (index, line) in rest.iter().enumerate() {
        let text = line.text.trim();
        if text == COMMON_REQUEST_PARAMETERS {
            body_start = Some(index + 1);
            break;
        }
        let Some((name, value)) = text.split_once(':') else {
            return Err(ExtractError::at(
                line.line,
                "an HTTP header `Name: value`",
                text,
            ));
        };
        if name.trim().eq_ignore_ascii_case("X-TC-Action") {
            action = Some(value.trim().to_owned());
        }
    }
    let body_start = body_start.ok_or_else(|| {
        ExtractError::at(
            first.line,
            format!("`{COMMON_REQUEST_PARAMETERS}` after the headers of the POST example"),
            &first.text,
        )
    })?;
    let action = action.ok_or_else(|| {
        ExtractError::at(
            first.line,
            "an `X-TC-Action` header in the POST example",
            &first.text,
        )
    })?;
    let body_lines = rest.get(body_start..).unwrap_or(&[]);
    let body = parse_json(body_lines, first.line, "the JSON body of the POST example")?;
    Ok(RawInput::Json { action, body })
}

/// Parses re-joined code lines as JSON; a syntax error is reported at its documentation line.
fn parse_json(lines: &[CodeLine], marker_line: usize, what: &str) -> Result<Value> {
    let text = lines
        .iter()
        .map(|c| c.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    serde_json::from_str(&text).map_err(|error| {
        let at = error.line().checked_sub(1).and_then(|i| lines.get(i));
        ExtractError::at(
            at.map_or(marker_line, |c| c.line),
            format!("{what} as valid JSON ({error})"),
            at.map_or("", |c| c.text.as_str()),
        )
    })
}

/// Where a query-parameter path points in the documented types.
#[derive(Clone, Copy)]
enum Scope<'s> {
    Fields(&'s [Field]),
    Type(&'s TypeRef),
    Unknown,
}

impl<'s> Scope<'s> {
    fn field(self, name: &str, types: &HashMap<&str, &'s DataType>) -> Scope<'s> {
        let fields = match self {
            Scope::Fields(fields) => fields,
            Scope::Type(TypeRef::Struct(name)) => match types.get(name.as_str()) {
                Some(data_type) => &data_type.members,
                None => return Scope::Unknown,
            },
            _ => return Scope::Unknown,
        };
        fields
            .iter()
            .find(|f| f.name == name)
            .map_or(Scope::Unknown, |f| Scope::Type(&f.ty))
    }

    fn element(self) -> Scope<'s> {
        match self {
            Scope::Type(TypeRef::Array(inner)) => Scope::Type(inner),
            _ => Scope::Unknown,
        }
    }
}

/// Builds the JSON object a query denotes: `Filters.0.Values.0=x` → `{"Filters": [{"Values":
/// ["x"]}]}`; values typed `Integer`, `Float` or `Boolean` (case-insensitive `TRUE`/`FALSE`)
/// become numbers and booleans when they parse as such and stay strings otherwise.
pub(crate) fn query_to_json(
    params: &[(String, String, usize)],
    inputs: &[Field],
    types: &HashMap<&str, &DataType>,
) -> Result<Value> {
    let mut root = Value::Object(Map::new());
    for (name, value, line) in params {
        let conflict = || {
            ExtractError::at(
                *line,
                "query parameters that denote one JSON object (no name both a value and a \
                 container, or given twice)",
                format!("{name}={value}"),
            )
        };
        let mut node = &mut root;
        let mut scope = Scope::Fields(inputs);
        for segment in name.split('.') {
            if let Ok(index) = segment.parse::<usize>() {
                if node.is_null() {
                    *node = Value::Array(Vec::new());
                }
                let Value::Array(items) = node else {
                    return Err(conflict());
                };
                if index > items.len() + 1000 {
                    return Err(conflict());
                }
                while items.len() <= index {
                    items.push(Value::Null);
                }
                node = items.get_mut(index).ok_or_else(conflict)?;
                scope = scope.element();
            } else {
                if node.is_null() {
                    *node = Value::Object(Map::new());
                }
                let Value::Object(fields) = node else {
                    return Err(conflict());
                };
                node = fields.entry(segment.to_owned()).or_insert(Value::Null);
                scope = scope.field(segment, types);
            }
        }
        if !node.is_null() {
            return Err(conflict());
        }
        *node = typed_value(value, scope);
    }
    Ok(root)
}

fn typed_value(value: &str, scope: Scope<'_>) -> Value {
    let Scope::Type(TypeRef::Primitive(primitive)) = scope else {
        return Value::String(value.to_owned());
    };
    let parsed = match primitive {
        Primitive::Integer => value
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| value.parse::<u64>().map(Value::from))
            .ok(),
        Primitive::Float => value
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        Primitive::Boolean => {
            if value.eq_ignore_ascii_case("true") {
                Some(Value::Bool(true))
            } else if value.eq_ignore_ascii_case("false") {
                Some(Value::Bool(false))
            } else {
                None
            }
        }
        Primitive::String | Primitive::Timestamp | Primitive::TimestampIso8601 => None,
    };
    parsed.unwrap_or_else(|| Value::String(value.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, ty: &str) -> Field {
        Field {
            name: name.to_owned(),
            ty: TypeRef::parse(ty).unwrap(),
            list: false,
            required: None,
            nullable: false,
            description: String::new(),
            values: Vec::new(),
        }
    }

    #[test]
    fn builds_nested_json_from_query_paths_using_documented_types() {
        let filter = DataType {
            name: "Filter".into(),
            description: String::new(),
            used_by: vec![],
            members: vec![field("Name", "String"), field("Values", "Array of String")],
        };
        let types: HashMap<&str, &DataType> = [("Filter", &filter)].into_iter().collect();
        let inputs = [
            field("Filters", "Array of Filter"),
            field("Limit", "Integer"),
            field("DryRun", "Boolean"),
        ];
        let params: Vec<(String, String, usize)> = [
            ("Filters.0.Name", "zone"),
            ("Filters.0.Values.0", "a"),
            ("Filters.0.Values.1", "b"),
            ("Limit", "20"),
            ("DryRun", "TRUE"),
            ("Unknown.0", "7"),
        ]
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string(), 1))
        .collect();
        let json = query_to_json(&params, &inputs, &types).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "Filters": [{"Name": "zone", "Values": ["a", "b"]}],
                "Limit": 20,
                "DryRun": true,
                "Unknown": ["7"]
            })
        );
    }

    #[test]
    fn keeps_values_that_do_not_convert_as_strings_and_rejects_conflicts() {
        let inputs = [field("Limit", "Integer")];
        let types = HashMap::new();
        let params = vec![("Limit".to_owned(), "\"20\"".to_owned(), 3)];
        assert_eq!(
            query_to_json(&params, &inputs, &types).unwrap(),
            serde_json::json!({"Limit": "\"20\""})
        );
        let params = vec![
            ("A".to_owned(), "1".to_owned(), 3),
            ("A.B".to_owned(), "2".to_owned(), 4),
        ];
        assert_eq!(
            query_to_json(&params, &inputs, &types).unwrap_err().line(),
            Some(4)
        );
    }

    #[test]
    fn recognises_titles() {
        assert_eq!(
            example_title("Example1 Viewing region list"),
            Some("Viewing region list")
        );
        assert_eq!(example_title("Example12"), Some(""));
        assert_eq!(example_title("Examples of"), None);
        assert_eq!(example_title("Example"), None);
    }
}
