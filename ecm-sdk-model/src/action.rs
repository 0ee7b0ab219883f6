//! The contract between the generated API surface and the hand-written runtime.
//!
//! Every generated request type implements [`Action`]; the runtime sends any action through
//! one generic pipeline that knows nothing about individual actions beyond [`ActionMeta`].
//! Generated data structures implement [`Validate`], so required parameters are checked
//! before any I/O, and list actions with `Offset`/`Limit` implement [`Paginated`].

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A request of one ECM API action, e.g. `DescribeNodeRequest`.
///
/// The request serialises (with `serde`) to the action's JSON body; the runtime derives the
/// flattened `Name.0.Field=value` parameters of GET and v1-signed requests from the same
/// `Serialize` implementation. Use `ecm_sdk::Client::send` to send any action.
pub trait Action: Serialize + Validate + Send + Sync {
    /// The action's typed response (the content of the `Response` envelope).
    type Output: DeserializeOwned + Send + 'static;

    /// Static facts about the action, from the spec.
    const META: &'static ActionMeta;
}

/// Static facts about an action, generated from the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ActionMeta {
    /// Wire name, sent as `X-TC-Action` or `Action`, e.g. `DescribeNode`.
    pub name: &'static str,
    /// The service the action belongs to.
    pub service: &'static ServiceMeta,
    /// Documented rate limit, in requests per second.
    pub rate_limit_per_second: u32,
    /// Whether the action only reads (its name starts with the word `Describe`, `Get` or
    /// `Inquire`: the generator's one rule), so sending it twice is harmless: the call is
    /// idempotent and the retry policy may retry any transient failure of it.
    pub read_only: bool,
    /// Whether the action uses the common `Region` parameter.
    pub region: RegionRequirement,
    /// The wire codes of the errors the action's documentation lists.
    pub error_codes: &'static [&'static str],
}

impl ActionMeta {
    /// Builds action facts outside the generated code (hand-written actions, tests).
    pub const fn new(
        name: &'static str,
        service: &'static ServiceMeta,
        rate_limit_per_second: u32,
        read_only: bool,
        region: RegionRequirement,
        error_codes: &'static [&'static str],
    ) -> Self {
        ActionMeta {
            name,
            service,
            rate_limit_per_second,
            read_only,
            region,
            error_codes,
        }
    }
}

/// Every action's metadata, sorted by wire name (generated; for the workspace's tests and
/// tools — look actions up with [`find`]).
#[doc(hidden)]
pub use crate::generated::ACTIONS;

/// The metadata of the action with wire name `name`, if this SDK version knows it.
pub fn find(name: &str) -> Option<&'static ActionMeta> {
    ACTIONS
        .binary_search_by(|meta| meta.name.cmp(name))
        .ok()
        .map(|index| ACTIONS[index])
}

/// The known action whose name is closest to `name` (a different case, a typo), if one is
/// close enough to be what was meant. For the SDK's runtime (`call_raw`'s "did you mean …").
#[doc(hidden)]
pub fn closest(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    ACTIONS
        .iter()
        .map(|meta| {
            let distance = strsim::levenshtein(&lower, &meta.name.to_ascii_lowercase());
            (distance, meta.name)
        })
        .filter(|(distance, known)| *distance <= (known.len() / 4).max(2))
        .min()
        .map(|(_, known)| known)
}

/// Whether an action uses the common `Region` parameter (`X-TC-Region`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegionRequirement {
    /// The action needs a region; sending without one is refused before any I/O.
    Required,
    /// The region is accepted but not needed ("not required for this API").
    NotRequired,
    /// The action takes no region.
    NotUsed,
}

/// Static facts about the service, generated from the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServiceMeta {
    /// Service name, used in domains and the TC3 credential scope: `ecm`.
    pub name: &'static str,
    /// API version: `2019-07-19`.
    pub version: &'static str,
    /// Nearest-region domain: `ecm.tencentcloudapi.com`.
    pub default_domain: &'static str,
    /// Documented regional domains: `(region, domain)`, e.g.
    /// `("ap-guangzhou", "ecm.ap-guangzhou.tencentcloudapi.com")`.
    pub regional_domains: &'static [(&'static str, &'static str)],
    /// Maximum size of a GET request, in bytes.
    pub max_get_bytes: usize,
    /// Maximum size of a POST request signed with HmacSHA1/HmacSHA256, in bytes.
    pub max_post_v1_bytes: usize,
    /// Maximum size of a POST request signed with TC3-HMAC-SHA256, in bytes.
    pub max_post_tc3_bytes: usize,
}

impl ServiceMeta {
    /// Builds service facts outside the generated code (tests, other services).
    pub const fn new(
        name: &'static str,
        version: &'static str,
        default_domain: &'static str,
        regional_domains: &'static [(&'static str, &'static str)],
        max_get_bytes: usize,
        max_post_v1_bytes: usize,
        max_post_tc3_bytes: usize,
    ) -> Self {
        ServiceMeta {
            name,
            version,
            default_domain,
            regional_domains,
            max_get_bytes,
            max_post_v1_bytes,
            max_post_tc3_bytes,
        }
    }
}

/// Checks that every required parameter is present, recursively.
///
/// One rule holds for every action: all request fields are `Option`s, and sending a request
/// whose required parameter is `None` fails before any I/O with [`MissingRequiredParameter`], naming
/// the parameter by its wire path (e.g. `Filters.0.Name`).
pub trait Validate {
    /// Returns the first missing required parameter, if any.
    fn validate(&self) -> Result<(), MissingRequiredParameter>;
}

/// A required parameter that is absent, identified by its wire path.
#[derive(Clone, PartialEq, Eq)]
pub struct MissingRequiredParameter {
    /// Path segments, innermost first, so that nesting only appends.
    segments_reversed: Vec<Cow<'static, str>>,
}

impl MissingRequiredParameter {
    /// The parameter `name` of the structure being validated is missing.
    pub fn new(name: &'static str) -> Self {
        MissingRequiredParameter {
            segments_reversed: vec![Cow::Borrowed(name)],
        }
    }

    /// Places this missing parameter inside the field `name` of an enclosing structure, at
    /// `index` when that field is a list.
    pub fn within(mut self, name: &'static str, index: Option<usize>) -> Self {
        if let Some(index) = index {
            self.segments_reversed.push(Cow::Owned(index.to_string()));
        }
        self.segments_reversed.push(Cow::Borrowed(name));
        self
    }

    /// The wire path, e.g. `Filters.0.Name`.
    pub fn path(&self) -> String {
        let mut path = String::new();
        for segment in self.segments_reversed.iter().rev() {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(segment);
        }
        path
    }
}

impl fmt::Debug for MissingRequiredParameter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("MissingParameter")
            .field(&self.path())
            .finish()
    }
}

impl fmt::Display for MissingRequiredParameter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "missing required parameter `{}`", self.path())
    }
}

impl std::error::Error for MissingRequiredParameter {}

/// Fails with [`MissingRequiredParameter`] when the required field `name` is `None`.
///
/// Used by generated [`Validate`] implementations.
pub fn require<T>(name: &'static str, value: &Option<T>) -> Result<(), MissingRequiredParameter> {
    match value {
        Some(_) => Ok(()),
        None => Err(MissingRequiredParameter::new(name)),
    }
}

/// Validates the nested structure in field `name`, if present.
///
/// Used by generated [`Validate`] implementations.
pub fn validate_nested<T: Validate>(
    name: &'static str,
    value: &Option<T>,
) -> Result<(), MissingRequiredParameter> {
    match value {
        Some(inner) => inner
            .validate()
            .map_err(|missing| missing.within(name, None)),
        None => Ok(()),
    }
}

/// Validates each structure of the list in field `name`, if present.
///
/// Used by generated [`Validate`] implementations.
pub fn validate_list<T: Validate>(
    name: &'static str,
    value: &Option<Vec<T>>,
) -> Result<(), MissingRequiredParameter> {
    let Some(items) = value else { return Ok(()) };
    for (index, item) in items.iter().enumerate() {
        item.validate()
            .map_err(|missing| missing.within(name, Some(index)))?;
    }
    Ok(())
}

/// A list action paged with `Offset`/`Limit` whose response carries `TotalCount`.
///
/// Generated for the actions the spec marks as paginated; the runtime's paginators drive it.
/// The accessors are named `page_*` so that they never shadow, nor are shadowed by, the
/// request's own chainable `offset(…)`/`limit(…)` setters.
pub trait Paginated: Action + Clone {
    /// One element of the page's item list.
    type Item: Send + 'static;

    /// Largest page size the documentation allows, if it states one.
    const MAX_LIMIT: Option<u32>;

    /// The offset set on the request, if any.
    fn page_offset(&self) -> Option<u64>;
    /// Sets the offset of the first item to fetch.
    fn set_page_offset(&mut self, offset: u64);
    /// The page size set on the request, if any.
    fn page_limit(&self) -> Option<u32>;
    /// Sets the page size.
    fn set_page_limit(&mut self, limit: u32);
    /// The total number of items the response reports.
    fn total_count(output: &Self::Output) -> Option<u64>;
    /// Takes the page's items out of the response.
    fn into_items(output: Self::Output) -> Vec<Self::Item>;

    /// The number of items on the page, if known without consuming the response.
    ///
    /// Lets the page stream advance by the true page length and stop on an empty page;
    /// without it, pages advance by the requested limit and stop at `TotalCount`.
    fn item_count(output: &Self::Output) -> Option<usize> {
        let _ = output;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Filter {
        name: Option<String>,
    }

    impl Validate for Filter {
        fn validate(&self) -> Result<(), MissingRequiredParameter> {
            require("Name", &self.name)
        }
    }

    struct Request {
        filters: Option<Vec<Filter>>,
        placement: Option<Filter>,
    }

    impl Validate for Request {
        fn validate(&self) -> Result<(), MissingRequiredParameter> {
            validate_list("Filters", &self.filters)?;
            validate_nested("Placement", &self.placement)
        }
    }

    #[test]
    fn the_registry_is_sorted_and_finds_actions_by_name() {
        assert!(ACTIONS.windows(2).all(|pair| pair[0].name < pair[1].name));
        let node = find("DescribeNode").expect("known");
        assert_eq!(node, <crate::actions::DescribeNodeRequest as Action>::META);
        assert!(node.read_only);
        assert!(!find("RunInstances").expect("known").read_only);
        assert_eq!(find("describeNode"), None);
        assert_eq!(find("Getaway"), None);
    }

    #[test]
    fn suggests_the_closest_known_action() {
        assert_eq!(closest("describenode"), Some("DescribeNode"));
        assert_eq!(closest("DescribeInstance"), Some("DescribeInstances"));
        assert_eq!(closest("RunInstance"), Some("RunInstances"));
        assert_eq!(closest("CompletelyUnrelated"), None);
    }

    #[test]
    fn names_the_wire_path_of_a_missing_nested_parameter() {
        let named = || Filter {
            name: Some("zone".into()),
        };
        let request = Request {
            filters: Some(vec![named(), Filter { name: None }]),
            placement: None,
        };
        let missing = request.validate().unwrap_err();
        assert_eq!(missing.path(), "Filters.1.Name");
        assert_eq!(
            missing.to_string(),
            "missing required parameter `Filters.1.Name`"
        );

        let request = Request {
            filters: Some(vec![named()]),
            placement: Some(Filter { name: None }),
        };
        assert_eq!(request.validate().unwrap_err().path(), "Placement.Name");

        let request = Request {
            filters: None,
            placement: Some(named()),
        };
        assert_eq!(request.validate(), Ok(()));
    }
}
