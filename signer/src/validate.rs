//! Input checks shared by the signers: anything that would make the signed
//! text ambiguous (a newline inside a canonical-request line, a `/` inside a
//! credential-scope field) or the HTTP request invalid is rejected up front.

use crate::error::SigningError;

fn invalid(field: &'static str, reason: &'static str) -> SigningError {
    SigningError::InvalidField { field, reason }
}

/// Character classes, one bit each, looked up per byte.
const CONTROL: u8 = 1; // C0 controls except HTAB, and DEL
const SPACE_OR_CONTROL: u8 = 2; // every byte <= 0x20, and DEL
const SLASH_OR_COMMA: u8 = 4;
const QUESTION_MARK: u8 = 8;
const HASH: u8 = 16;
const TCHAR: u8 = 32; // RFC 9110 token characters

const CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let mut class = 0;
        if (b < 0x20 && b != b'\t') || b == 0x7f {
            class |= CONTROL;
        }
        if b <= b' ' || b == 0x7f {
            class |= SPACE_OR_CONTROL;
        }
        if b == b'/' || b == b',' {
            class |= SLASH_OR_COMMA;
        }
        if b == b'?' {
            class |= QUESTION_MARK;
        }
        if b == b'#' {
            class |= HASH;
        }
        let tchar = matches!(b,
            b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z'
            | b'!' | b'#' | b'$' | b'%' | b'&' | b'\'' | b'*' | b'+' | b'-' | b'.'
            | b'^' | b'_' | b'`' | b'|' | b'~');
        if tchar {
            class |= TCHAR;
        }
        table[i] = class;
        i += 1;
    }
    table
};

fn any_in(value: &str, classes: u8) -> bool {
    value
        .bytes()
        .any(|b| CLASSES[usize::from(b)] & classes != 0)
}

/// An HTTP method: upper-case ASCII letters.
pub(crate) fn method(value: &str) -> Result<(), SigningError> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(invalid("method", "must be upper-case ASCII letters"));
    }
    Ok(())
}

/// A request path: starts with `/`, no whitespace, controls, `?` or `#`.
pub(crate) fn path(value: &str) -> Result<(), SigningError> {
    if !value.starts_with('/') {
        return Err(invalid("path", "must start with '/'"));
    }
    if any_in(value, SPACE_OR_CONTROL | QUESTION_MARK | HASH) {
        return Err(invalid(
            "path",
            "must not contain whitespace, control characters, '?' or '#'",
        ));
    }
    Ok(())
}

/// An encoded query string: no whitespace, controls or `#`.
pub(crate) fn query(value: &str) -> Result<(), SigningError> {
    if any_in(value, SPACE_OR_CONTROL | HASH) {
        return Err(invalid(
            "query",
            "must be percent-encoded (no whitespace, control characters or '#')",
        ));
    }
    Ok(())
}

/// A scope or identifier field (`host`, `service`, `secret_id`): non-empty,
/// no whitespace, controls, `/` or `,`.
pub(crate) fn token_field(field: &'static str, value: &str) -> Result<(), SigningError> {
    if value.is_empty() {
        return Err(invalid(field, "must not be empty"));
    }
    if any_in(value, SPACE_OR_CONTROL | SLASH_OR_COMMA) {
        return Err(invalid(
            field,
            "must not contain whitespace, control characters, '/' or ','",
        ));
    }
    Ok(())
}

/// A value sent as an HTTP header (action, version, region, token, content
/// type): no control characters; `required` ones must not be empty.
pub(crate) fn header_field(
    field: &'static str,
    value: &str,
    required: bool,
) -> Result<(), SigningError> {
    if required && value.trim_ascii().is_empty() {
        return Err(invalid(field, "must not be empty"));
    }
    if any_in(value, CONTROL) {
        return Err(invalid(field, "must not contain control characters"));
    }
    Ok(())
}

/// A header value the receiver compares exactly (the session token): HTTP drops leading
/// and trailing whitespace of a field value, so such a value could never match.
pub(crate) fn untrimmed_header_value(field: &'static str, value: &str) -> Result<(), SigningError> {
    if value.trim_ascii() != value {
        return Err(invalid(
            field,
            "must not begin or end with whitespace (HTTP drops it from header values)",
        ));
    }
    Ok(())
}

/// RFC 9110 `tchar`.
pub(crate) fn is_header_name_byte(byte: u8) -> bool {
    CLASSES[usize::from(byte)] & TCHAR != 0
}

/// An extra signed header.
pub(crate) fn header(name: &str, value: &str) -> Result<(), SigningError> {
    let error = |reason| SigningError::InvalidHeader {
        name: name.to_owned(),
        reason,
    };
    if name.is_empty() || !name.bytes().all(is_header_name_byte) {
        return Err(error("invalid header name"));
    }
    if name.eq_ignore_ascii_case("host") || name.eq_ignore_ascii_case("content-type") {
        return Err(error(
            "host and content-type are signed from the request's own fields",
        ));
    }
    if any_in(value, CONTROL) {
        return Err(error("value contains control characters"));
    }
    Ok(())
}
