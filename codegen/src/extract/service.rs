//! The "Request Structure" and "Common Params" chapters: endpoints, protocols, methods, content
//! types, size limits, encoding and the common parameters of both signature versions.

use ecm_spec::{CommonParam, ContentType, HttpMethod, RegionEndpoint, SizeLimits};

use super::error::{ExtractError, Result};
use super::section::Section;
use super::table::{MEMBER_COLUMNS_REQUIRED, NameStyle, TableOptions, parse_table};
use super::text::{TextBuilder, find_phrase, join_lines};

/// What the Request Structure chapter says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RequestStructure {
    pub(crate) name: String,
    pub(crate) default_domain: String,
    pub(crate) regions: Vec<RegionEndpoint>,
    pub(crate) protocols: Vec<String>,
    pub(crate) http_methods: Vec<HttpMethod>,
    pub(crate) content_types: Vec<ContentType>,
    pub(crate) size_limits: SizeLimits,
    pub(crate) character_encoding: String,
}

const SIGNATURE_METHODS: [&str; 3] = ["TC3-HMAC-SHA256", "HmacSHA1", "HmacSHA256"];

/// Parses the Request Structure chapter.
pub(crate) fn parse_request_structure(section: &Section<'_, '_>) -> Result<RequestStructure> {
    let protocol = section.expect_marker(0, "2. Communications Protocol")?;
    let methods = section.expect_marker(protocol, "3. Request Methods")?;
    let encoding = section.expect_marker(methods, "4. Character Encoding")?;

    let (name, default_domain, regions) = parse_regions(&section.sub(0, protocol))?;

    let protocol_text = join_lines(section.sub(protocol + 1, methods).lines);
    let mut protocols: Vec<String> = Vec::new();
    for word in protocol_text.split(|c: char| !c.is_ascii_alphanumeric()) {
        if (word == "HTTPS" || word == "HTTP") && !protocols.iter().any(|p| p == word) {
            protocols.push(word.to_owned());
        }
    }
    if protocols.is_empty() {
        return Err(ExtractError::at(
            section.line_no(protocol + 1),
            "the protocol (HTTPS) the APIs communicate over",
            protocol_text,
        ));
    }

    let methods_section = section.sub(methods + 1, encoding);
    let (http_methods, content_types, size_limits) = parse_methods(&methods_section)?;

    let encoding_section = section.from(encoding + 1);
    let encoding_text = join_lines(encoding_section.lines);
    let character_encoding = encoding_text
        .split_whitespace()
        .find(|w| w.starts_with("UTF-"))
        .map(|w| w.trim_end_matches(['.', ',']).to_owned())
        .ok_or_else(|| {
            ExtractError::at(
                encoding_section.first_no(),
                "the character encoding (UTF-8)",
                &encoding_text,
            )
        })?;

    Ok(RequestStructure {
        name,
        default_domain,
        regions,
        protocols,
        http_methods,
        content_types,
        size_limits,
        character_encoding,
    })
}

/// The hosted-region table: region names (possibly wrapped) each followed by a domain (split at a
/// hyphen by the margin, T25).
fn parse_regions(section: &Section<'_, '_>) -> Result<(String, String, Vec<RegionEndpoint>)> {
    let header = section.expect(
        0,
        "the region table header `Hosted region Domain name`",
        |l| l.trimmed().starts_with("Hosted region"),
    )?;
    let table = section.from(header + 1);
    let mut builder = TextBuilder::cell();
    for line in table.lines {
        if !line.is_blank() {
            // Cells are not sentences: only the hyphen rule of the builder applies.
            builder.push(line.text, false);
        }
    }
    let text = builder.finish();
    let mut rows: Vec<(String, String)> = Vec::new();
    let mut name_words: Vec<&str> = Vec::new();
    for word in text.split_whitespace() {
        if is_domain(word) {
            if name_words.is_empty() {
                return Err(ExtractError::at(
                    table.first_no(),
                    "a region name before each domain",
                    word,
                ));
            }
            rows.push((name_words.join(" "), word.to_owned()));
            name_words.clear();
        } else {
            name_words.push(word);
        }
    }
    if !name_words.is_empty() || rows.is_empty() {
        return Err(ExtractError::at(
            table.first_no(),
            "region table rows `<region name> <domain>`",
            name_words.join(" "),
        ));
    }
    // The nearest-region domain is the one without a region label; all share the service label.
    let shortest = rows
        .iter()
        .map(|(_, domain)| domain.split('.').count())
        .min()
        .unwrap_or(0);
    let defaults: Vec<&String> = rows
        .iter()
        .filter(|(_, d)| d.split('.').count() == shortest)
        .map(|(_, d)| d)
        .collect();
    let [default_domain] = defaults.as_slice() else {
        return Err(ExtractError::at(
            table.first_no(),
            "exactly one domain without a region label in the region table",
            defaults
                .iter()
                .map(|d| d.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ));
    };
    let default_domain = (*default_domain).clone();
    let (service, base) = default_domain.split_once('.').ok_or_else(|| {
        ExtractError::at(
            table.first_no(),
            "a domain `<service>.<base>`",
            &default_domain,
        )
    })?;
    let mut regions = Vec::with_capacity(rows.len());
    for (name, domain) in rows {
        let region = if domain == default_domain {
            None
        } else {
            let label = domain
                .strip_prefix(service)
                .and_then(|d| d.strip_prefix('.'))
                .and_then(|d| d.strip_suffix(base))
                .and_then(|d| d.strip_suffix('.'))
                .filter(|label| !label.is_empty() && !label.contains('.'));
            match label {
                Some(label) => Some(label.to_owned()),
                None => {
                    return Err(ExtractError::at(
                        table.first_no(),
                        format!("a regional domain `{service}.<region>.{base}`"),
                        &domain,
                    ));
                }
            }
        };
        regions.push(RegionEndpoint {
            name,
            region,
            domain,
        });
    }
    Ok((service.to_owned(), default_domain, regions))
}

fn is_domain(word: &str) -> bool {
    word.contains('.')
        && !word.starts_with('.')
        && !word.ends_with('.')
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
}

/// Section 3, "Request Methods": the methods, the POST content types and the size limits.
fn parse_methods(
    section: &Section<'_, '_>,
) -> Result<(Vec<HttpMethod>, Vec<ContentType>, SizeLimits)> {
    let methods_intro = section.expect(0, "`Supported HTTP request methods:`", |l| {
        l.trimmed().starts_with("Supported HTTP request methods")
    })?;
    let types_intro = section.expect(
        methods_intro,
        "`The Content-Type types supported by POST`",
        |l| l.trimmed().starts_with("The Content-Type types supported"),
    )?;
    let sizes = section.expect(types_intro, "`The size of a GET request …`", |l| {
        l.trimmed().starts_with("The size of")
    })?;

    let mut http_methods = Vec::new();
    for line in section.sub(methods_intro + 1, types_intro).content() {
        let text = line.trimmed();
        let method = text.split_whitespace().next().unwrap_or("");
        if method.is_empty() || !method.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(ExtractError::at(
                line.no,
                "an HTTP method such as `POST (recommended)`",
                text,
            ));
        }
        http_methods.push(HttpMethod {
            method: method.to_owned(),
            recommended: text.contains("(recommended)"),
        });
    }

    let mut content_types = Vec::new();
    for line in section.sub(types_intro + 1, sizes).content() {
        let text = line.trimmed();
        let media_type = text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches(['.', ',']);
        if !media_type.contains('/') {
            return Err(ExtractError::at(
                line.no,
                "a content type such as `application/json (recommended). …`",
                text,
            ));
        }
        let signature_methods = text
            .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
            .filter(|w| SIGNATURE_METHODS.contains(w))
            .map(str::to_owned)
            .collect();
        content_types.push(ContentType {
            media_type: media_type.to_owned(),
            signature_methods,
            recommended: text.contains("(recommended)"),
            restricted: text.contains("(only supported by"),
        });
    }

    let size_section = section.from(sizes);
    let text = join_lines(size_section.lines);
    let at = |phrase: &str| -> Result<u64> {
        find_phrase(&text, phrase)
            .and_then(|(_, end)| parse_size(text.get(end..)?))
            .ok_or_else(|| {
                ExtractError::at(
                    size_section.first_no(),
                    format!("a size after `{phrase}` such as `32 KB`"),
                    &text,
                )
            })
    };
    let size_limits = SizeLimits {
        get_bytes: at("GET request packet is up to")?,
        post_v1_bytes: at("POST request is up to")?,
        post_tc3_bytes: at("and up to")?,
    };
    Ok((http_methods, content_types, size_limits))
}

/// ` 32 KB…` → 32768.
fn parse_size(text: &str) -> Option<u64> {
    let mut words = text.split_whitespace();
    let number: u64 = words.next()?.parse().ok()?;
    let unit = words.next()?.trim_end_matches(['.', ',']);
    let factor = match unit {
        "B" => 1,
        "KB" => 1024,
        "MB" => 1024 * 1024,
        "GB" => 1024 * 1024 * 1024,
        _ => return None,
    };
    number.checked_mul(factor)
}

/// The two common-parameter tables.
pub(crate) fn parse_common_params(
    section: &Section<'_, '_>,
) -> Result<(Vec<CommonParam>, Vec<CommonParam>)> {
    let v3 = section.expect_marker(0, "Common parameters for Signature Algorithm v3")?;
    let v3_end = section.expect(v3, "the request examples after the v3 table", |l| {
        l.trimmed().starts_with("Assuming you want to query")
    })?;
    let v1 = section.expect_marker(v3_end, "Common parameters for Signature Algorithm v1")?;
    let v1_end = section.expect(v1, "the request examples after the v1 table", |l| {
        l.trimmed().starts_with("Assuming you want to query")
    })?;
    Ok((
        common_param_table(&section.sub(v3 + 1, v3_end))?,
        common_param_table(&section.sub(v1 + 1, v1_end))?,
    ))
}

fn common_param_table(section: &Section<'_, '_>) -> Result<Vec<CommonParam>> {
    // Skip the sentence introducing the table.
    let header = section.expect(0, "a common-parameter table header", |l| {
        l.trimmed().starts_with("Parameter")
    })?;
    let table = section.from(header);
    let no_structs = |_: &str| false;
    let options = TableOptions {
        columns_without_header: Some(MEMBER_COLUMNS_REQUIRED),
        name_style: NameStyle::Header,
        is_struct: &no_structs,
        what: "common-parameter",
    };
    let parsed = parse_table(table.lines, table.end_line, &options)?;
    if parsed.columns != MEMBER_COLUMNS_REQUIRED {
        return Err(ExtractError::at(
            table.first_no(),
            "a common-parameter header `Parameter Name Type Required Description`",
            table.text(0),
        ));
    }
    Ok(parsed
        .rows
        .into_iter()
        .map(|row| CommonParam {
            name: row.name,
            ty: row.ty,
            required: row.required.unwrap_or(false),
            description: row.description,
        })
        .collect())
}
