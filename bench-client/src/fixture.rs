//! The request fixture and the canned response.

use std::path::{Path, PathBuf};

use ecm_sdk::actions::DescribeNodeRequest;

/// The fixture's file name, in `$ECM_BENCH_FIXTURES` or `bench-client/fixtures/`.
pub const REQUEST_FILE: &str = "describe_node_request.json";

/// The vendored fixture, `bench-client/fixtures/describe_node_request.json` (the benchmark
/// contract's request), compiled in so that the binary runs from any directory.
pub const EMBEDDED_REQUEST: &str = include_str!("../fixtures/describe_node_request.json");

/// The canned `noio` answer: `DescribeNode`'s documented example output (two nodes,
/// `TotalCount` 2) in its `{"Response": …}` envelope — what the emulator answers too.
pub const CANNED_RESPONSE: &str = include_str!("../fixtures/describe_node_response.json");

/// Where the request JSON came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `$ECM_BENCH_FIXTURES/describe_node_request.json`.
    Env(PathBuf),
    /// The vendored fixture ([`EMBEDDED_REQUEST`]).
    Embedded,
}

/// Reads the request JSON: from `fixtures_dir` (the value of `ECM_BENCH_FIXTURES`) when
/// given — failing if it cannot be read —, else the vendored fixture.
pub fn read_request_json(fixtures_dir: Option<&Path>) -> Result<(String, Source), String> {
    let Some(dir) = fixtures_dir else {
        return Ok((EMBEDDED_REQUEST.to_owned(), Source::Embedded));
    };
    let path = dir.join(REQUEST_FILE);
    let text = std::fs::read_to_string(&path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    Ok((text, Source::Env(path)))
}

/// Parses the request JSON into the typed request, refusing members the typed request
/// would drop (the benchmark would then send less than the fixture says).
pub fn parse_request(json: &str) -> Result<DescribeNodeRequest, String> {
    let typed: DescribeNodeRequest = serde_json::from_str(json)
        .map_err(|error| format!("the request fixture is not a DescribeNode request: {error}"))?;
    let as_read: serde_json::Value =
        serde_json::from_str(json).map_err(|error| format!("the request fixture: {error}"))?;
    let as_typed = serde_json::to_value(&typed).map_err(|error| error.to_string())?;
    if as_read != as_typed {
        return Err(
            "the request fixture has members the typed DescribeNode request does not carry"
                .to_owned(),
        );
    }
    Ok(typed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_fixture_parses_and_keeps_every_member() {
        let request = parse_request(EMBEDDED_REQUEST).unwrap();
        let filters = request.filters.as_ref().unwrap();
        assert_eq!(filters.len(), 5);
        assert_eq!(filters[0].name.as_deref(), Some("InstanceFamily"));
        assert_eq!(filters[0].values.as_ref().unwrap().len(), 25);
    }

    #[test]
    fn members_the_typed_request_would_drop_are_refused() {
        let error = parse_request(r#"{"Filters":[],"Limit":3}"#).unwrap_err();
        assert!(error.contains("does not carry"), "{error}");
        assert!(parse_request(r#"{"Filters":"x"}"#).is_err());
    }

    #[test]
    fn an_explicit_fixtures_directory_must_contain_the_file() {
        let error = read_request_json(Some(Path::new("/nonexistent-ecm-bench"))).unwrap_err();
        assert!(error.contains(REQUEST_FILE), "{error}");
    }

    #[test]
    fn an_explicit_fixtures_directory_is_read() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let (text, source) = read_request_json(Some(&dir)).unwrap();
        assert_eq!(text, EMBEDDED_REQUEST);
        assert_eq!(source, Source::Env(dir.join(REQUEST_FILE)));
        assert_eq!(
            read_request_json(None).unwrap(),
            (EMBEDDED_REQUEST.to_owned(), Source::Embedded)
        );
    }
}
