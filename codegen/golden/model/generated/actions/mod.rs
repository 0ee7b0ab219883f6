// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! Requests and responses of the 6 ECM API actions.
//!
//! Each action `X` has an `XRequest` (implementing [`Action`](crate::action::Action), and
//! [`Paginated`](crate::action::Paginated) for `Offset`/`Limit` list actions) and an
//! `XResponse`, and a client method `Client::x` that sends it. Requests are built with
//! `new()` and chainable setters:
//!
//! ```
//! use ecm_sdk::actions::DescribeNodeRequest;
//! use ecm_sdk::types::Filter;
//!
//! let request = DescribeNodeRequest::new()
//!     .filters([Filter::new().name("zone").values(["ap-x-ecm-1"])]);
//! ```
//!
//! # Conventions
//!
//! - **Names.** A wire name is split into words at case changes; a run of capitals is one
//!   word (an acronym) and a `v` followed by a digit stays with it (`IPv6`). Fields and
//!   methods are the words in snake_case (`ZoneInstanceCountISPSet` →
//!   `zone_instance_count_isp_set`, `VPCId` → `vpc_id`, `AddressIPv6` →
//!   `address_ipv6`); a Rust keyword becomes a raw identifier (`type` → `r#type`). Types
//!   and error-code variants follow the same rule in UpperCamelCase (`ZoneInstanceCountISP`
//!   → `ZoneInstanceCountIsp`, `MFAExpired` → `MfaExpired`); a renamed type keeps its
//!   documented name as a search alias. Every field states its wire name, under which it is
//!   encoded and decoded.
//! - **Required parameters.** Every request field and data-structure member is an `Option`,
//!   required ones too. Sending a request whose required parameter is `None` fails before
//!   any I/O with an error naming the parameter's wire path (e.g. `Filters.0.Name`); see
//!   [`Validate`](crate::action::Validate).
//! - **Read-only actions.** Actions whose name starts with the word `Describe`, `Get` or
//!   `Inquire` are read-only (`ActionMeta::read_only`); all others change resources.
//! - **Types.** `Integer` → `i64`, `Float` → `f64`, `Boolean` → `bool`; `String`,
//!   `Timestamp` and `Timestamp ISO8601` → `String`; `Array of X` → `Vec<X>`.
//! - **Responses** decode tolerantly: a missing field, a `null` or an unknown extra field
//!   never fails. Every response has `request_id`. Responses have `new()` and chainable
//!   setters too, so that a test can build the answer it wants the service to give (see
//!   `ecm_sdk::transport::ReplayTransport`).
//! - **Serde.** The SDK encodes requests and decodes responses, so requests implement
//!   `Serialize` and responses `Deserialize`. The other direction is for test doubles only
//!   and compiled only with the `test-util` feature: then requests also implement
//!   `Deserialize` (a test reads what was sent as the typed request) and responses
//!   `Serialize` (a test answers with a typed response); see
//!   `ecm_sdk::transport::ReplayTransport`. A data structure in [`types`](crate::types)
//!   follows the requests and responses that contain it (its documentation says which);
//!   value sets always implement both.
//! - **Scalars** decode leniently where nothing is lost, because the documentation's own
//!   examples print some values in another JSON form than their documented type: an
//!   `Integer` also from a string holding an integer in canonical decimal form
//!   (`"490001"`), a `Float` from a string holding a JSON number, a `Boolean` from the
//!   strings `"true"`/`"false"` in any case, a `String` from a JSON integer or boolean
//!   (`1528600` → `"1528600"`). Anything else (`"4.5"` or `2000.0` for an `Integer`, `1`
//!   for a `Boolean`, `1.5` for a `String`) is a decoding error. Encoding always uses the
//!   documented type.

mod region;
mod instance;
mod image;
mod subnet;
mod security_group;
pub use region::{DescribeNodeRequest, DescribeNodeResponse};
pub use instance::{
    RunInstancesRequest, RunInstancesResponse, DescribeInstancesRequest,
    DescribeInstancesResponse,
};
pub use image::{DescribeImportImageOsRequest, DescribeImportImageOsResponse};
pub use subnet::{DescribeSubnetsRequest, DescribeSubnetsResponse};
pub use security_group::{
    CreateSecurityGroupPoliciesRequest, CreateSecurityGroupPoliciesResponse,
};

/// A check that runs on one action's request type; see [`visit_every_action`].
/// For the SDK's own tests; not part of the public API.
#[cfg(feature = "test-util")]
#[doc(hidden)]
pub trait ActionVisitor {
    /// Runs the check on the request type `A`.
    fn visit<A: crate::action::Action + serde::de::DeserializeOwned>(&mut self);
}

/// Runs `visitor` on the request type of every action, in documentation order, so
/// that the SDK's tests cover all actions without listing them.
#[cfg(feature = "test-util")]
#[doc(hidden)]
pub fn visit_every_action(visitor: &mut impl ActionVisitor) {
    visitor.visit::<DescribeNodeRequest>();
    visitor.visit::<RunInstancesRequest>();
    visitor.visit::<DescribeInstancesRequest>();
    visitor.visit::<DescribeImportImageOsRequest>();
    visitor.visit::<DescribeSubnetsRequest>();
    visitor.visit::<CreateSecurityGroupPoliciesRequest>();
}
