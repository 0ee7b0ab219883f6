//! The request fixture and the canned response.

use std::path::{Path, PathBuf};

use ecm_sdk::actions::DescribeNodeRequest;

/// The fixture's file name, in `$ECM_BENCH_FIXTURES` or `../shared/bench`.
pub const REQUEST_FILE: &str = "describe_node_request.json";

/// The directory used when `ECM_BENCH_FIXTURES` is not set, relative to the working
/// directory (the harness runs from the repository root's parent layout).
pub const SHARED_DIR: &str = "../shared/bench";

/// A copy of `describe_node_request.json`, for running outside the repository.
pub const EMBEDDED_REQUEST: &str = include_str!("../fixtures/describe_node_request.json");

/// The canned `noio` answer: `DescribeNode`'s documented example output (two nodes,
/// `TotalCount` 2) in its `{"Response": …}` envelope — what the emulator answers too.
pub const CANNED_RESPONSE: &str = include_str!("../fixtures/describe_node_response.json");

/// Where the request JSON came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `$ECM_BENCH_FIXTURES/describe_node_request.json`.
    Env(PathBuf),
    /// `../shared/bench/describe_node_request.json`.
    Shared(PathBuf),
    /// The embedded copy.
    Embedded,
}

/// Reads the request JSON: from `fixtures_dir` (the value of `ECM_BENCH_FIXTURES`) when
/// given — failing if it cannot be read —, else from [`SHARED_DIR`] if that file exists,
/// else the embedded copy.
pub fn read_request_json(fixtures_dir: Option<&Path>) -> Result<(String, Source), String> {
    if let Some(dir) = fixtures_dir {
        let path = dir.join(REQUEST_FILE);
        let text = std::fs::read_to_string(&path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        return Ok((text, Source::Env(path)));
    }
    let shared = Path::new(SHARED_DIR).join(REQUEST_FILE);
    match std::fs::read_to_string(&shared) {
        Ok(text) => Ok((text, Source::Shared(shared))),
        Err(_) => Ok((EMBEDDED_REQUEST.to_owned(), Source::Embedded)),
    }
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
    fn the_embedded_copy_matches_the_shared_file_when_present() {
        let shared = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../shared/bench")
            .join(REQUEST_FILE);
        if let Ok(text) = std::fs::read_to_string(&shared) {
            assert_eq!(text, EMBEDDED_REQUEST);
        }
    }
}
