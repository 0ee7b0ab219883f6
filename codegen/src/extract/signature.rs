//! The worked examples of the two signature chapters (spec/docs/NOTES.md, §5, T21).
//!
//! Long values are split over code lines (re-joined by [`code_lines`]); the displayed
//! CanonicalRequest lost its empty lines, so the canonical request is rebuilt from the displayed
//! parts as the algorithm specifies (tests hash it to the printed value).

use ecm_spec::{Tc3Example, V1Example};

use super::error::{ExtractError, Result};
use super::section::Section;
use super::text::{CodeLine, code_lines, join_lines, word_after};

/// The code block between the line containing `start_phrase` and the first later line
/// starting with `end_marker`.
fn code_block(
    section: &Section<'_, '_>,
    start_phrase: &str,
    end_marker: &str,
) -> Result<Vec<CodeLine>> {
    let start = section.expect(0, &format!("a line containing `{start_phrase}`"), |l| {
        l.text.contains(start_phrase)
    })?;
    let end = section.expect(
        start + 1,
        &format!("a line starting with `{end_marker}`"),
        |l| l.trimmed().starts_with(end_marker),
    )?;
    let lines = code_lines(section.sub(start + 1, end).lines);
    if lines.is_empty() {
        return Err(ExtractError::at(
            section.line_no(start + 1),
            format!("a code block after `{start_phrase}`"),
            section.text(start + 1),
        ));
    }
    Ok(lines)
}

fn missing(section: &Section<'_, '_>, what: &str) -> ExtractError {
    ExtractError::at(section.first_no(), what, section.text(0))
}

/// The TC3-HMAC-SHA256 worked example of the "Signature v3" chapter.
pub(crate) fn parse_tc3(section: &Section<'_, '_>) -> Result<Tc3Example> {
    // "Assuming that your SecretId and SecretKey are X and Y, respectively, …"
    let intro = section.expect(
        0,
        "the sentence giving the example SecretId and SecretKey",
        |l| l.text.contains("SecretId and SecretKey are"),
    )?;
    let intro_end = section
        .position(intro, |l| l.text.contains("respectively"))
        .unwrap_or(intro);
    let intro_text = join_lines(section.sub(intro, intro_end + 1).lines);
    let secret_id = word_after(&intro_text, "SecretId and SecretKey are")
        .ok_or_else(|| missing(section, "the example SecretId"))?
        .to_owned();
    // "… are X and Y, respectively": the word after "X and".
    let secret_key = word_after(&intro_text, &format!("{secret_id} and"))
        .ok_or_else(|| missing(section, "the example SecretKey"))?
        .to_owned();

    // The curl command, its first line included.
    let command = section.expect(0, "the example `curl -X …` command", |l| {
        l.trimmed().starts_with("curl -X")
    })?;
    let command_end = section.expect(command, "`The signature calculation process …`", |l| {
        l.trimmed().starts_with("The signature calculation process")
    })?;
    let curl = code_lines(section.sub(command, command_end).lines);
    let first = curl.first().map_or("", |c| c.text.as_str());
    let method = word_after(first, "curl -X")
        .ok_or_else(|| missing(section, "`curl -X METHOD`"))?
        .to_owned();
    let header = |name: &str| -> Result<String> {
        curl.iter()
            .find_map(|line| {
                let rest = line.text.trim().strip_prefix("-H \"")?;
                let (key, value) = rest.split_once(':')?;
                (key.trim() == name).then(|| {
                    value
                        .trim()
                        .trim_end_matches('\\')
                        .trim_end()
                        .trim_end_matches('"')
                        .to_owned()
                })
            })
            .ok_or_else(|| missing(section, &format!("the `{name}` header of the curl example")))
    };
    let payload = curl
        .iter()
        .find_map(|line| {
            let rest = line.text.trim().strip_prefix("-d '")?;
            Some(rest.trim_end().trim_end_matches('\'').to_owned())
        })
        .ok_or_else(|| missing(section, "the `-d '…'` payload of the curl example"))?;
    let timestamp = header("X-TC-Timestamp")?
        .parse()
        .map_err(|_| missing(section, "a numeric X-TC-Timestamp"))?;

    // The displayed CanonicalRequest: method, URI, [query], headers…, signed headers, payload hash.
    let displayed = code_block(
        section,
        "string obtained in the example is as follows",
        "2. Concatenating",
    )?;
    let parts: Vec<&str> = displayed.iter().map(|c| c.text.trim()).collect();
    let canonical = rebuild_canonical_request(&parts, &method).ok_or_else(|| {
        ExtractError::at(
            displayed.first().map_or(section.first_no(), |c| c.line),
            "the displayed CanonicalRequest (method, URI, headers `name:value`, signed headers, \
             payload hash)",
            parts.join(" / "),
        )
    })?;
    let hashed_request_payload = parts.last().map(|s| (*s).to_owned()).unwrap_or_default();

    let string_to_sign_lines = code_block(
        section,
        "string to be signed obtained in the example",
        "3. Calculating",
    )?;
    let string_parts: Vec<&str> = string_to_sign_lines.iter().map(|c| c.text.trim()).collect();
    let [_, _, scope, hashed_canonical_request] = string_parts.as_slice() else {
        return Err(ExtractError::at(
            string_to_sign_lines
                .first()
                .map_or(section.first_no(), |c| c.line),
            "the four lines of the string to sign",
            string_parts.join(" / "),
        ));
    };
    let mut scope_parts = scope.split('/');
    let date = scope_parts.next().unwrap_or("").to_owned();
    let service = scope_parts.next().unwrap_or("").to_owned();
    if date.is_empty() || service.is_empty() {
        return Err(missing(
            section,
            "a credential scope `Date/service/tc3_request`",
        ));
    }

    let authorization = code_block(
        section,
        "the value obtained in the example is",
        "The following example shows",
    )?
    .into_iter()
    .map(|c| c.text)
    .collect::<Vec<_>>()
    .join(" ");
    let signature = authorization
        .split("Signature=")
        .nth(1)
        .map(|s| s.trim().to_owned())
        .filter(|s| s.len() == 64 && s.chars().all(|c| c.is_ascii_hexdigit()))
        .ok_or_else(|| {
            missing(
                section,
                "`Signature=<64 hex digits>` in the Authorization value",
            )
        })?;

    Ok(Tc3Example {
        secret_id,
        secret_key,
        service,
        host: header("Host")?,
        method,
        content_type: header("Content-Type")?,
        action: header("X-TC-Action")?,
        version: header("X-TC-Version")?,
        region: header("X-TC-Region")?,
        payload,
        timestamp,
        date,
        hashed_request_payload,
        canonical_request: canonical,
        hashed_canonical_request: (*hashed_canonical_request).to_owned(),
        string_to_sign: string_parts.join("\n"),
        signature,
        authorization: authorization.trim().to_owned(),
    })
}

/// `HTTPRequestMethod \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
/// SignedHeaders \n HashedRequestPayload`, where CanonicalHeaders are `key:value\n` lines. The
/// display drops the empty query string of a POST and the blank line after the headers.
fn rebuild_canonical_request(parts: &[&str], method: &str) -> Option<String> {
    let (first, rest) = parts.split_first()?;
    if *first != method {
        return None;
    }
    let (uri, rest) = rest.split_first()?;
    let is_header = |s: &str| {
        s.split_once(':').is_some_and(|(k, _)| {
            !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        })
    };
    let (query, rest) = match rest.first() {
        Some(q) if !is_header(q) => (*q, rest.get(1..)?),
        _ => ("", rest),
    };
    let header_count = rest.iter().take_while(|s| is_header(s)).count();
    let headers = rest.get(..header_count)?;
    let [signed, hash] = rest.get(header_count..)? else {
        return None;
    };
    if headers.is_empty() {
        return None;
    }
    let mut out = format!("{method}\n{uri}\n{query}\n");
    for header in headers {
        out.push_str(header);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(signed);
    out.push('\n');
    out.push_str(hash);
    Some(out)
}

/// The HmacSHA1 worked example of the "Signature" (v1) chapter.
pub(crate) fn parse_v1(section: &Section<'_, '_>) -> Result<V1Example> {
    let credential = |label: &str| -> Result<String> {
        section
            .lines
            .iter()
            .find_map(|l| {
                let rest = l.trimmed().strip_prefix(label)?;
                let value = rest.trim().trim_matches('\u{a0}').trim();
                (!value.is_empty() && !value.contains(' ')).then(|| value.to_owned())
            })
            .ok_or_else(|| missing(section, &format!("a line `{label} <value>`")))
    };
    let secret_id = credential("SecretId:")?;
    let secret_key = credential("SecretKey:")?;

    // The parameters, as printed sorted: `'Name' : 'value',` or `'Name' : 20,`.
    let sorted = code_block(section, "sorted as follows", "When developing")?;
    let mut params = Vec::new();
    for line in &sorted {
        let text = line.text.trim();
        if text == "{" || text == "}" {
            continue;
        }
        let parsed = (|| {
            let (name, value) = text.split_once(':')?;
            let name = name.trim().strip_prefix('\'')?.strip_suffix('\'')?;
            let value = value.trim().trim_end_matches(',').trim();
            let value = value
                .strip_prefix('\'')
                .and_then(|v| v.strip_suffix('\''))
                .unwrap_or(value);
            Some((name.to_owned(), value.to_owned()))
        })();
        match parsed {
            Some(pair) => params.push(pair),
            None => {
                return Err(ExtractError::at(
                    line.line,
                    "a sorted parameter line `'Name' : value,`",
                    text,
                ));
            }
        }
    }

    let source = code_block(
        section,
        "The concatenation result of the example is",
        "2.4.",
    )?;
    let source_string = source
        .first()
        .map(|c| c.text.trim().to_owned())
        .unwrap_or_default();
    let method: String = source_string
        .chars()
        .take_while(|c| c.is_ascii_uppercase())
        .collect();
    let after_method = source_string.get(method.len()..).unwrap_or("");
    let (host, path) = after_method
        .split_once('/')
        .map(|(host, rest)| {
            let path = rest.split('?').next().unwrap_or("");
            (host.to_owned(), format!("/{path}"))
        })
        .ok_or_else(|| missing(section, "a source string `GET<host>/?<params>`"))?;
    if method.is_empty() || host.is_empty() {
        return Err(missing(section, "a source string `GET<host>/?<params>`"));
    }

    let signature = code_block(section, "The final signature is", "When developing")?
        .first()
        .map(|c| c.text.trim().to_owned())
        .unwrap_or_default();
    let encoding = section.expect(0, "the URL-encoded signature sentence", |l| {
        l.text.contains("request parameter (Signature) is")
    })?;
    let encoding_text = join_lines(section.sub(encoding, encoding + 2).lines);
    let signature_url_encoded = word_after(&encoding_text, "request parameter (Signature) is")
        .ok_or_else(|| missing(section, "the URL-encoded signature"))?
        .to_owned();

    Ok(V1Example {
        secret_id,
        secret_key,
        method,
        host,
        path,
        params,
        source_string,
        signature,
        signature_url_encoded,
    })
}
