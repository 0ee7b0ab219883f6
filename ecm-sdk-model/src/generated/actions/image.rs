// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Image APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list,
};
use crate::generated::SERVICE;
use crate::generated::types::{
    Filter, ForcePoweroff, Image, ImageOsList, ImageTask, OsVersion,
};

/// Displays image list (`DescribeImage`).
///
/// This API is used to display the list of images.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `ImageSet` (20 per page by default, at most
///   100).
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.ImageInUse`: The image is in use.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvaildPageParam`: The pagination parameter is invalid.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `InvalidParameterValue.InvalidImageID`: The image ID is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `MissingParameter.MissingImageParameter`: The image operation parameters are
///   incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_image` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeImageRequest {
    /// Filter. Each request can contain up to 10 Filters. The detailed filters are as follows:
    ///
    /// image-id - String - Required: no - (Filter) Filter by image ID.
    ///
    /// image-type - String - Required: no - (Filter) Filter by image type. Valid values:
    ///
    /// PRIVATE_IMAGE: private image created by the current account
    ///
    /// PUBLIC_IMAGE: public image created by Tencent Cloud
    ///
    /// instance-type -String - Required: no - (Filter) Filter supported images by model.
    ///
    /// image-name - String - Required: no - (Filter) Fuzzy match by image name. You can provide
    /// only one value.
    ///
    /// image-os - String - Required: no - (Filter) Fuzzy match by image system name. You can
    /// provide only one value.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0. For more information on Offset, see the relevant section of
    /// the API overview.
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<i64>,
    /// Number of returned results. Default value: 20. Maximum value: 100. For more information
    /// on Limit, see the relevant section of the API overview.
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<i64>,
}

impl Serialize for DescribeImageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeImageRequest")
            .member("Filters", &self.filters)
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeImageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeImageRequest {
    const NAME: &'static str = "DescribeImageRequest";
    const FIELDS: &'static [&'static str] = &["Filters", "Offset", "Limit"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Filters" => Some(0),
            "Offset" => Some(1),
            "Limit" => Some(2),
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
            0 => self.filters = map.next_value()?,
            1 => self.offset = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.limit = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeImageRequest {
    /// Creates an empty `DescribeImageRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Filters` from typed filters ([`DescribeImageFilter`]; [`DescribeImageFilter::raw`]
    /// for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeImageFilter>,
    ) -> Self {
        self.filters = Some(value.into_iter().map(Filter::from).collect());
        self
    }

    /// Sets `Offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }

    /// Sets `Limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
}

/// A filter of `DescribeImage` (its `Filters` parameter): one constructor per documented
/// filter name.
///
/// Documented limits: at most 10 filters per request.
///
/// ```
/// use ecm_sdk::actions::{DescribeImageRequest, DescribeImageFilter};
///
/// let request = DescribeImageRequest::new().filters([
///     DescribeImageFilter::image_id(["value"]),
///     DescribeImageFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeImageFilter(Filter);
impl DescribeImageFilter {
    /// `image-id`: Filter by image ID.
    ///
    /// Values documented as String.
    pub fn image_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("image-id").values(values))
    }

    /// `image-type`: Filter by image type. Valid values: PRIVATE_IMAGE: private image created
    /// by the current account PUBLIC_IMAGE: public image created by Tencent Cloud
    ///
    /// Values documented as String; documented values `PRIVATE_IMAGE`, `PUBLIC_IMAGE`.
    pub fn image_type(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("image-type").values(values))
    }

    /// `instance-type`: Filter supported images by model.
    ///
    /// Values documented as String.
    pub fn instance_type(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("instance-type").values(values))
    }

    /// `image-name`: Fuzzy match by image name. You can provide only one value.
    ///
    /// Values documented as String; fuzzy match; one value only.
    pub fn image_name(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("image-name").values(values))
    }

    /// `image-os`: Fuzzy match by image system name. You can provide only one value.
    ///
    /// Values documented as String; fuzzy match; one value only.
    pub fn image_os(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("image-os").values(values))
    }

    /// A filter the documentation does not list, by its wire name (the escape hatch:
    /// nothing checks the name).
    pub fn raw(
        name: impl Into<String>,
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name(name).values(values))
    }

    /// The filter name as sent.
    pub fn name(&self) -> &str {
        self.0.name.as_deref().unwrap_or_default()
    }

    /// The filter values as sent.
    pub fn values(&self) -> &[String] {
        self.0.values.as_deref().unwrap_or_default()
    }

    /// The wire `Filter`.
    pub fn into_filter(self) -> Filter {
        self.0
    }
}

impl From<DescribeImageFilter> for Filter {
    fn from(filter: DescribeImageFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeImageRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeImage` (see [`DescribeImageRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeImageResponse {
    /// Total number of images
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// Image array
    ///
    /// Wire name `ImageSet`; may be `null` (decoded as `None`).
    pub image_set: Option<Vec<Image>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeImageResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeImageResponse")
            .member("TotalCount", &self.total_count)
            .member("ImageSet", &self.image_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeImageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeImageResponse {
    const NAME: &'static str = "DescribeImageResponse";
    const FIELDS: &'static [&'static str] = &["TotalCount", "ImageSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "ImageSet" => Some(1),
            "RequestId" => Some(2),
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
            0 => self.total_count = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.image_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeImageResponse {
    /// Creates an empty `DescribeImageResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `ImageSet`.
    pub fn set_image_set(mut self, value: impl IntoIterator<Item = Image>) -> Self {
        self.image_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeImageResponse {
    /// `ImageSet` as a slice, empty when the response omits it (the field tells the two apart).
    pub fn image_set(&self) -> &[Image] {
        self.image_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeImageRequest {
    type Output = DescribeImageResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeImage",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.ImageInUse",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvaildPageParam",
            "InvalidParameterValue.InvalidFilter",
            "InvalidParameterValue.InvalidImageID",
            "InvalidParameterValue.ParameterValueTooLarge",
            "MissingParameter.MissingImageParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

impl Paginated for DescribeImageRequest {
    type Item = Image;
    const MAX_LIMIT: Option<u32> = Some(100);

    fn page_offset(&self) -> Option<u64> {
        self.offset.and_then(|value| u64::try_from(value).ok())
    }

    fn set_page_offset(&mut self, offset: u64) {
        self.offset = Some(i64::try_from(offset).unwrap_or(i64::MAX));
    }

    fn page_limit(&self) -> Option<u32> {
        self.limit.and_then(|value| u32::try_from(value).ok())
    }

    fn set_page_limit(&mut self, limit: u32) {
        self.limit = Some(i64::from(limit));
    }

    fn total_count(output: &Self::Output) -> Option<u64> {
        output.total_count.and_then(|value| u64::try_from(value).ok())
    }

    fn into_items(output: Self::Output) -> Vec<Self::Item> {
        output.image_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.image_set.as_ref().map(Vec::len)
    }
}

/// Deletes image (`DeleteImage`).
///
/// This API is used to delete an image.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.ImageInUse`: The image is in use.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidImageID`: The image ID is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::delete_image` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteImageRequest {
    /// List of image IDs.
    ///
    /// Wire name `ImageIDSet`; required.
    pub image_id_set: Option<Vec<String>>,
}

impl Serialize for DeleteImageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteImageRequest")
            .member("ImageIDSet", &self.image_id_set)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteImageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteImageRequest {
    const NAME: &'static str = "DeleteImageRequest";
    const FIELDS: &'static [&'static str] = &["ImageIDSet"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ImageIDSet" => Some(0),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        if index == 0 {
            self.image_id_set = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DeleteImageRequest {
    /// Creates an empty `DeleteImageRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ImageIDSet` (required).
    pub fn image_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.image_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for DeleteImageRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ImageIDSet", &self.image_id_set)?;
        Ok(())
    }
}

/// The response of `DeleteImage` (see [`DeleteImageRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteImageResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteImageResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteImageResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteImageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteImageResponse {
    const NAME: &'static str = "DeleteImageResponse";
    const FIELDS: &'static [&'static str] = &["RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RequestId" => Some(0),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        if index == 0 {
            self.request_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DeleteImageResponse {
    /// Creates an empty `DeleteImageResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteImageRequest {
    type Output = DeleteImageResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteImage",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.ImageInUse",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidImageID",
            "InvalidParameterValue.ParameterValueTooLarge",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Imports image (`ImportImage`).
///
/// This API is used to import an image from a CVM instance to an ECM instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.ImageDuplicate`: An image has already been imported.
/// - `InvalidParameterValue.ImageNameDuplicate`: The image name is duplicate.
/// - `InvalidParameterValue.InvalidImageID`: The image ID is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.UnsupportedRegion`: The region is not supported.
/// - `MissingParameter.MissingImageParameter`: The image operation parameters are
///   incomplete.
/// - `ResourceInsufficient.InvaildPrivateImageNum`: The number of private images exceeds
///   the limit.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::import_image` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImportImageRequest {
    /// Image ID.
    ///
    /// Wire name `ImageId`; required.
    pub image_id: Option<String>,
    /// Image description.
    ///
    /// Wire name `ImageDescription`; required.
    pub image_description: Option<String>,
    /// Source region
    ///
    /// Wire name `SourceRegion`; required.
    pub source_region: Option<String>,
}

impl Serialize for ImportImageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ImportImageRequest")
            .member("ImageId", &self.image_id)
            .member("ImageDescription", &self.image_description)
            .member("SourceRegion", &self.source_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ImportImageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ImportImageRequest {
    const NAME: &'static str = "ImportImageRequest";
    const FIELDS: &'static [&'static str] = &[
        "ImageId",
        "ImageDescription",
        "SourceRegion",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ImageId" => Some(0),
            "ImageDescription" => Some(1),
            "SourceRegion" => Some(2),
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
            0 => self.image_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.image_description = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.source_region = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ImportImageRequest {
    /// Creates an empty `ImportImageRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ImageId` (required).
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }

    /// Sets `ImageDescription` (required).
    pub fn image_description(mut self, value: impl Into<String>) -> Self {
        self.image_description = Some(value.into());
        self
    }

    /// Sets `SourceRegion` (required).
    pub fn source_region(mut self, value: impl Into<String>) -> Self {
        self.source_region = Some(value.into());
        self
    }
}

impl Validate for ImportImageRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ImageId", &self.image_id)?;
        require("ImageDescription", &self.image_description)?;
        require("SourceRegion", &self.source_region)?;
        Ok(())
    }
}

/// The response of `ImportImage` (see [`ImportImageRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImportImageResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ImportImageResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ImportImageResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ImportImageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ImportImageResponse {
    const NAME: &'static str = "ImportImageResponse";
    const FIELDS: &'static [&'static str] = &["RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RequestId" => Some(0),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        if index == 0 {
            self.request_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl ImportImageResponse {
    /// Creates an empty `ImportImageResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ImportImageRequest {
    type Output = ImportImageResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ImportImage",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.ImageDuplicate",
            "InvalidParameterValue.ImageNameDuplicate",
            "InvalidParameterValue.InvalidImageID",
            "InvalidParameterValue.ParameterValueTooLarge",
            "InvalidParameterValue.UnsupportedRegion",
            "MissingParameter.MissingImageParameter",
            "ResourceInsufficient.InvaildPrivateImageNum",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Queries the list of operating systems supported by image imported from external resource
/// (`DescribeImportImageOs`).
///
/// This API is used to query the list of operating systems supported by an image imported
/// from an external resource.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
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
    /// Supported OS types of imported images.
    ///
    /// Wire name `ImportImageOsListSupported`.
    pub import_image_os_list_supported: Option<ImageOsList>,
    /// Supported OS versions of imported images.
    ///
    /// Wire name `ImportImageOsVersionSet`.
    pub import_image_os_version_set: Option<Vec<OsVersion>>,
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
            .member("ImportImageOsListSupported", &self.import_image_os_list_supported)
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
    const FIELDS: &'static [&'static str] = &[
        "ImportImageOsListSupported",
        "ImportImageOsVersionSet",
        "RequestId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ImportImageOsListSupported" => Some(0),
            "ImportImageOsVersionSet" => Some(1),
            "RequestId" => Some(2),
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
            0 => self.import_image_os_list_supported = map.next_value()?,
            1 => self.import_image_os_version_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
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

    /// Sets `ImportImageOsListSupported`.
    pub fn set_import_image_os_list_supported(mut self, value: ImageOsList) -> Self {
        self.import_image_os_list_supported = Some(value);
        self
    }

    /// Sets `ImportImageOsVersionSet`.
    pub fn set_import_image_os_version_set(
        mut self,
        value: impl IntoIterator<Item = OsVersion>,
    ) -> Self {
        self.import_image_os_version_set = Some(value.into_iter().collect());
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
    pub fn import_image_os_version_set(&self) -> &[OsVersion] {
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
        region: RegionRequirement::NotRequired,
        error_codes: &["FailedOperation.InternalOperationFailure"],
    };
}

/// Queries image import task (`DescribeCustomImageTask`).
///
/// This API is used to query an image import task.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `ResourceNotFound`: The resource does not exist.
///
/// Send it with `ecm_sdk::Client::describe_custom_image_task` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeCustomImageTaskRequest {
    /// Supports querying by key and value.
    ///
    /// task-id: async task ID
    ///
    /// image-id: image ID
    ///
    /// image-name: image name
    ///
    /// Wire name `Filters`; required.
    pub filters: Option<Vec<Filter>>,
}

impl Serialize for DescribeCustomImageTaskRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeCustomImageTaskRequest")
            .member("Filters", &self.filters)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeCustomImageTaskRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeCustomImageTaskRequest {
    const NAME: &'static str = "DescribeCustomImageTaskRequest";
    const FIELDS: &'static [&'static str] = &["Filters"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Filters" => Some(0),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        if index == 0 {
            self.filters = map.next_value()?;
        }
        Ok(())
    }
}

impl DescribeCustomImageTaskRequest {
    /// Creates an empty `DescribeCustomImageTaskRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Filters` from typed filters ([`DescribeCustomImageTaskFilter`];
    /// [`DescribeCustomImageTaskFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeCustomImageTaskFilter>,
    ) -> Self {
        self.filters = Some(value.into_iter().map(Filter::from).collect());
        self
    }
}

/// A filter of `DescribeCustomImageTask` (its `Filters` parameter): one constructor per
/// documented filter name.
///
/// ```
/// use ecm_sdk::actions::{DescribeCustomImageTaskRequest, DescribeCustomImageTaskFilter};
///
/// let request = DescribeCustomImageTaskRequest::new().filters([
///     DescribeCustomImageTaskFilter::task_id(["value"]),
///     DescribeCustomImageTaskFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeCustomImageTaskFilter(Filter);
impl DescribeCustomImageTaskFilter {
    /// `task-id`: async task ID
    pub fn task_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("task-id").values(values))
    }

    /// `image-id`: image ID
    pub fn image_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("image-id").values(values))
    }

    /// `image-name`: image name
    pub fn image_name(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("image-name").values(values))
    }

    /// A filter the documentation does not list, by its wire name (the escape hatch:
    /// nothing checks the name).
    pub fn raw(
        name: impl Into<String>,
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name(name).values(values))
    }

    /// The filter name as sent.
    pub fn name(&self) -> &str {
        self.0.name.as_deref().unwrap_or_default()
    }

    /// The filter values as sent.
    pub fn values(&self) -> &[String] {
        self.0.values.as_deref().unwrap_or_default()
    }

    /// The wire `Filter`.
    pub fn into_filter(self) -> Filter {
        self.0
    }
}

impl From<DescribeCustomImageTaskFilter> for Filter {
    fn from(filter: DescribeCustomImageTaskFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeCustomImageTaskRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("Filters", &self.filters)?;
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeCustomImageTask` (see [`DescribeCustomImageTaskRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeCustomImageTaskResponse {
    /// Import task details
    ///
    /// Wire name `ImageTaskSet`; may be `null` (decoded as `None`).
    pub image_task_set: Option<Vec<ImageTask>>,
    /// Total number
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeCustomImageTaskResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeCustomImageTaskResponse")
            .member("ImageTaskSet", &self.image_task_set)
            .member("TotalCount", &self.total_count)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeCustomImageTaskResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeCustomImageTaskResponse {
    const NAME: &'static str = "DescribeCustomImageTaskResponse";
    const FIELDS: &'static [&'static str] = &["ImageTaskSet", "TotalCount", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ImageTaskSet" => Some(0),
            "TotalCount" => Some(1),
            "RequestId" => Some(2),
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
            0 => self.image_task_set = map.next_value()?,
            1 => self.total_count = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeCustomImageTaskResponse {
    /// Creates an empty `DescribeCustomImageTaskResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ImageTaskSet`.
    pub fn set_image_task_set(
        mut self,
        value: impl IntoIterator<Item = ImageTask>,
    ) -> Self {
        self.image_task_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeCustomImageTaskResponse {
    /// `ImageTaskSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn image_task_set(&self) -> &[ImageTask] {
        self.image_task_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeCustomImageTaskRequest {
    type Output = DescribeCustomImageTaskResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeCustomImageTask",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "ResourceNotFound",
        ],
    };
}

/// Modifies image attributes (`ModifyImageAttribute`).
///
/// This API is used to modify the attributes of an image.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.ImageNameDuplicate`: The image name is duplicate.
/// - `MissingParameter`: The parameter is missing.
/// - `MissingParameter.MissingImageParameter`: The image operation parameters are
///   incomplete.
/// - `ResourceNotFound`: The resource does not exist.
///
/// Send it with `ecm_sdk::Client::modify_image_attribute` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyImageAttributeRequest {
    /// Image ID, such as img-gvbnzy6f
    ///
    /// Wire name `ImageId`; required.
    pub image_id: Option<String>,
    /// Image name, which must meet the following requirements:
    ///
    /// It can contain up to 20 characters.
    ///
    /// - The image name cannot be the same as existing image names.
    ///
    /// Wire name `ImageName`; optional.
    pub image_name: Option<String>,
    /// Image description, which must meet the following requirements:
    ///
    /// - It cannot exceed 60 characters.
    ///
    /// Wire name `ImageDescription`; optional.
    pub image_description: Option<String>,
}

impl Serialize for ModifyImageAttributeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyImageAttributeRequest")
            .member("ImageId", &self.image_id)
            .member("ImageName", &self.image_name)
            .member("ImageDescription", &self.image_description)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyImageAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyImageAttributeRequest {
    const NAME: &'static str = "ModifyImageAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "ImageId",
        "ImageName",
        "ImageDescription",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ImageId" => Some(0),
            "ImageName" => Some(1),
            "ImageDescription" => Some(2),
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
            0 => self.image_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.image_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.image_description = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ModifyImageAttributeRequest {
    /// Creates an empty `ModifyImageAttributeRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ImageId` (required).
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = Some(value.into());
        self
    }

    /// Sets `ImageDescription`.
    pub fn image_description(mut self, value: impl Into<String>) -> Self {
        self.image_description = Some(value.into());
        self
    }
}

impl Validate for ModifyImageAttributeRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ImageId", &self.image_id)?;
        Ok(())
    }
}

/// The response of `ModifyImageAttribute` (see [`ModifyImageAttributeRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyImageAttributeResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyImageAttributeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyImageAttributeResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyImageAttributeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyImageAttributeResponse {
    const NAME: &'static str = "ModifyImageAttributeResponse";
    const FIELDS: &'static [&'static str] = &["RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RequestId" => Some(0),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        if index == 0 {
            self.request_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl ModifyImageAttributeResponse {
    /// Creates an empty `ModifyImageAttributeResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyImageAttributeRequest {
    type Output = ModifyImageAttributeResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyImageAttribute",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter",
            "InvalidParameterValue",
            "InvalidParameterValue.ImageNameDuplicate",
            "MissingParameter",
            "MissingParameter.MissingImageParameter",
            "ResourceNotFound",
        ],
    };
}

/// Creates image (`CreateImage`).
///
/// This API is used to create an image with the system disk of an instance. The image can
/// be used to create instances.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InstanceNotAllStopped`: Not all instances are shut down.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.ImageNameDuplicate`: The image name is duplicate.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `MissingParameter`: The parameter is missing.
/// - `MissingParameter.MissingImageParameter`: The image operation parameters are
///   incomplete.
/// - `ResourceInsufficient.InvaildPrivateImageNum`: The number of private images exceeds
///   the limit.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation`: Unsupported operation.
/// - `UnsupportedOperation.InstanceIdNotFound`: The instance ID is invalid, as the
///   specified instance ID does not exist.
/// - `UnsupportedOperation.InstanceIdNotSupported`: The instance is not supported.
/// - `UnsupportedOperation.InvalidInstanceState`: This operation cannot be performed in the
///   current status.
///
/// Send it with `ecm_sdk::Client::create_image` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateImageRequest {
    /// Image name.
    ///
    /// Wire name `ImageName`; required.
    pub image_name: Option<String>,
    /// ID of the instance for which to make an image.
    ///
    /// Wire name `InstanceId`; required.
    pub instance_id: Option<String>,
    /// Image description.
    ///
    /// Wire name `ImageDescription`; optional.
    pub image_description: Option<String>,
    /// Whether to perform a forced shutdown to make an image. Valid values:
    ///
    /// TRUE: yes
    ///
    /// FALSE: no
    ///
    /// Default value: FALSE.
    ///
    /// Wire name `ForcePoweroff`; optional.
    pub force_poweroff: Option<ForcePoweroff>,
}

impl Serialize for CreateImageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateImageRequest")
            .member("ImageName", &self.image_name)
            .member("InstanceId", &self.instance_id)
            .member("ImageDescription", &self.image_description)
            .member("ForcePoweroff", &self.force_poweroff)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateImageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateImageRequest {
    const NAME: &'static str = "CreateImageRequest";
    const FIELDS: &'static [&'static str] = &[
        "ImageName",
        "InstanceId",
        "ImageDescription",
        "ForcePoweroff",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ImageName" => Some(0),
            "InstanceId" => Some(1),
            "ImageDescription" => Some(2),
            "ForcePoweroff" => Some(3),
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
            0 => self.image_name = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.instance_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.image_description = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.force_poweroff = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateImageRequest {
    /// Creates an empty `CreateImageRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ImageName` (required).
    pub fn image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = Some(value.into());
        self
    }

    /// Sets `InstanceId` (required).
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `ImageDescription`.
    pub fn image_description(mut self, value: impl Into<String>) -> Self {
        self.image_description = Some(value.into());
        self
    }

    /// Sets `ForcePoweroff`.
    pub fn force_poweroff(mut self, value: impl Into<ForcePoweroff>) -> Self {
        self.force_poweroff = Some(value.into());
        self
    }
}

impl Validate for CreateImageRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ImageName", &self.image_name)?;
        require("InstanceId", &self.instance_id)?;
        Ok(())
    }
}

/// The response of `CreateImage` (see [`CreateImageRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateImageResponse {
    /// Task ID
    ///
    /// Wire name `TaskId`.
    pub task_id: Option<String>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateImageResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateImageResponse")
            .member("TaskId", &self.task_id)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateImageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateImageResponse {
    const NAME: &'static str = "CreateImageResponse";
    const FIELDS: &'static [&'static str] = &["TaskId", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TaskId" => Some(0),
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
            0 => self.task_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateImageResponse {
    /// Creates an empty `CreateImageResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TaskId`.
    pub fn set_task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for CreateImageRequest {
    type Output = CreateImageResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateImage",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InstanceNotAllStopped",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.ImageNameDuplicate",
            "InvalidParameterValue.InvalidInstanceID",
            "MissingParameter",
            "MissingParameter.MissingImageParameter",
            "ResourceInsufficient.InvaildPrivateImageNum",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation",
            "UnsupportedOperation.InstanceIdNotFound",
            "UnsupportedOperation.InstanceIdNotSupported",
            "UnsupportedOperation.InvalidInstanceState",
        ],
    };
}
