// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Image APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, RegionRequirement, Validate,
};
use crate::generated::SERVICE;

/// Gets the supported OSes of imported images (`DescribeImportImageOs`).
///
/// This API is used to query the list of supported operating systems of an imported image.
///
/// - Rate limit: 20 requests per second.
/// - Region: required (the common `Region` parameter).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `InternalError`: Internal error.
///
/// Send it with `ecm_sdk::Client::describe_import_image_os` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeImportImageOsRequest {}

impl Serialize for DescribeImportImageOsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeImportImageOsRequest").end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeImportImageOsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeImportImageOsRequest {
    const NAME: &'static str = "DescribeImportImageOsRequest";
    const FIELDS: &'static [&'static str] = &[];

    fn index(_name: &str) -> Option<usize> {
        None
    }

    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        _index: usize,
        _map: &mut A,
    ) -> Result<(), A::Error> {
        Ok(())
    }
}

impl DescribeImportImageOsRequest {
    /// Creates a `DescribeImportImageOsRequest`; the action takes no parameters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
}

impl Validate for DescribeImportImageOsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// The response of `DescribeImportImageOs` (see [`DescribeImportImageOsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeImportImageOsResponse {
    /// Supported OS versions.
    ///
    /// Wire name `ImportImageOsVersionSet`.
    pub import_image_os_version_set: Option<Vec<String>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeImportImageOsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeImportImageOsResponse")
            .member("ImportImageOsVersionSet", &self.import_image_os_version_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeImportImageOsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeImportImageOsResponse {
    const NAME: &'static str = "DescribeImportImageOsResponse";
    const FIELDS: &'static [&'static str] = &["ImportImageOsVersionSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ImportImageOsVersionSet" => Some(0),
            "RequestId" => Some(1),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => {
                self.import_image_os_version_set = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeImportImageOsResponse {
    /// Creates an empty `DescribeImportImageOsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ImportImageOsVersionSet`.
    pub fn set_import_image_os_version_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.import_image_os_version_set = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeImportImageOsResponse {
    /// `ImportImageOsVersionSet` as a slice, empty when the response omits it (the field tells
    /// the two apart).
    pub fn import_image_os_version_set(&self) -> &[String] {
        self.import_image_os_version_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeImportImageOsRequest {
    type Output = DescribeImportImageOsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeImportImageOs",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::Required,
        error_codes: &["InternalError"],
    };
}
