// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Snapshot APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list,
};
use crate::generated::SERVICE;
use crate::generated::types::{Filter, Snapshot, SnapshotsOrder};

/// Queries snapshot list (`DescribeSnapshots`).
///
/// This API is used to query the list of snapshots.
///
/// You can filter results by snapshot ID and the ID and type of the cloud disk for which
/// the snapshot is created. The relationship between different filters is AND. For more
/// information on filters, see Filter.
///
/// If no parameter is defined, the status of a certain number of snapshots under the
/// current account will be returned. The number is specified by Limit and is 20 by default.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `SnapshotSet` (20 per page by default, at
///   most 100).
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `MissingParameter`: The parameter is missing.
///
/// Send it with `ecm_sdk::Client::describe_snapshots` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSnapshotsRequest {
    /// List of IDs of the snapshots to be queried. SnapshotIds and Filters cannot be specified
    /// at the same time.
    ///
    /// Wire name `SnapshotIds`; optional.
    pub snapshot_ids: Option<Vec<String>>,
    /// Filter. SnapshotIds and Filters cannot be specified at the same time.
    ///
    /// snapshot-id - Array of String - Required: no - (Filter) Filter by snapshot ID, such as
    /// snap-11112222.
    ///
    /// snapshot-name - Array of String - Required: no - (Filter) Filter by snapshot name.
    ///
    /// snapshot-state - Array of String - Required: no - (Filter) Filter by snapshot status.
    /// NORMAL: normal; CREATING: creating; ROLLBACKING: rolling back.
    ///
    /// disk-usage - Array of String - Required: no - (Filter) Filter by the type of the cloud
    /// disk from which a snapshot is created. SYSTEM_DISK: system disk; DATA_DISK: data disk.
    ///
    /// project-id - Array of String - Required: no - (Filter) Filter by the project ID of the
    /// cloud disk.
    ///
    /// disk-id - Array of String - Required: no - (Filter) Filter by the ID of the cloud disk
    /// from which a snapshot is created.
    ///
    /// zone - Array of String - Required: no - (Filter) Filter by AZ.
    ///
    /// encrypt - Array of String - Required: no - (Filter) Filter by whether a snapshot is
    /// created from an encrypted cloud disk. TRUE: yes; FALSE: no.
    ///
    /// snapshot-type- Array of String - Required: no - (Filter) Filter by the snapshot type
    /// specified in snapshot-type.
    ///
    /// (SHARED_SNAPSHOT: shared snapshot | PRIVATE_SNAPSHOT: private snapshot.)
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Number of returned results. Default value: 20. Maximum value: 100. For more information
    /// on Limit, see the relevant section of the API Overview.
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<i64>,
    /// Field by which snapshots are sorted. Valid values:
    ///
    /// CREATE_TIME: sort by snapshot creation time
    ///
    /// Snapshots are sorted by creation time by default.
    ///
    /// Wire name `OrderField`; optional.
    pub order_field: Option<String>,
    /// Offset. Default value: 0. For more information on Offset, see the relevant section of
    /// the API Overview.
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<i64>,
    /// Sorting order of cloud disks. Valid values:
    ///
    /// ASC: ascending
    ///
    /// DESC: descending.
    ///
    /// Wire name `Order`; optional.
    pub order: Option<SnapshotsOrder>,
}

impl Serialize for DescribeSnapshotsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeSnapshotsRequest")
            .member("SnapshotIds", &self.snapshot_ids)
            .member("Filters", &self.filters)
            .member("Limit", &self.limit)
            .member("OrderField", &self.order_field)
            .member("Offset", &self.offset)
            .member("Order", &self.order)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeSnapshotsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeSnapshotsRequest {
    const NAME: &'static str = "DescribeSnapshotsRequest";
    const FIELDS: &'static [&'static str] = &[
        "SnapshotIds",
        "Filters",
        "Limit",
        "OrderField",
        "Offset",
        "Order",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SnapshotIds" => Some(0),
            "Filters" => Some(1),
            "Limit" => Some(2),
            "OrderField" => Some(3),
            "Offset" => Some(4),
            "Order" => Some(5),
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
            0 => self.snapshot_ids = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.filters = map.next_value()?,
            2 => self.limit = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.order_field = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.offset = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.order = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeSnapshotsRequest {
    /// Creates an empty `DescribeSnapshotsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SnapshotIds`.
    pub fn snapshot_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.snapshot_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Filters` from typed filters ([`DescribeSnapshotsFilter`];
    /// [`DescribeSnapshotsFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeSnapshotsFilter>,
    ) -> Self {
        self.filters = Some(value.into_iter().map(Filter::from).collect());
        self
    }

    /// Sets `Limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets `OrderField`.
    pub fn order_field(mut self, value: impl Into<String>) -> Self {
        self.order_field = Some(value.into());
        self
    }

    /// Sets `Offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }

    /// Sets `Order`.
    pub fn order(mut self, value: impl Into<SnapshotsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}

/// A filter of `DescribeSnapshots` (its `Filters` parameter): one constructor per
/// documented filter name.
///
/// ```
/// use ecm_sdk::actions::{DescribeSnapshotsRequest, DescribeSnapshotsFilter};
///
/// let request = DescribeSnapshotsRequest::new().filters([
///     DescribeSnapshotsFilter::snapshot_id(["value"]),
///     DescribeSnapshotsFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSnapshotsFilter(Filter);
impl DescribeSnapshotsFilter {
    /// `snapshot-id`: Filter by snapshot ID, such as snap-11112222.
    ///
    /// Values documented as Array of String.
    pub fn snapshot_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("snapshot-id").values(values))
    }

    /// `snapshot-name`: Filter by snapshot name.
    ///
    /// Values documented as Array of String.
    pub fn snapshot_name(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("snapshot-name").values(values))
    }

    /// `snapshot-state`: Filter by snapshot status. NORMAL: normal; CREATING: creating;
    /// ROLLBACKING: rolling back.
    ///
    /// Values documented as Array of String; documented values `NORMAL`, `CREATING`,
    /// `ROLLBACKING`.
    pub fn snapshot_state(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("snapshot-state").values(values))
    }

    /// `disk-usage`: Filter by the type of the cloud disk from which a snapshot is created.
    /// SYSTEM_DISK: system disk; DATA_DISK: data disk.
    ///
    /// Values documented as Array of String; documented values `SYSTEM_DISK`, `DATA_DISK`.
    pub fn disk_usage(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("disk-usage").values(values))
    }

    /// `project-id`: Filter by the project ID of the cloud disk.
    ///
    /// Values documented as Array of String.
    pub fn project_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("project-id").values(values))
    }

    /// `disk-id`: Filter by the ID of the cloud disk from which a snapshot is created.
    ///
    /// Values documented as Array of String.
    pub fn disk_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("disk-id").values(values))
    }

    /// `zone`: Filter by AZ.
    ///
    /// Values documented as Array of String.
    pub fn zone(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("zone").values(values))
    }

    /// `encrypt`: Filter by whether a snapshot is created from an encrypted cloud disk. TRUE:
    /// yes; FALSE: no.
    ///
    /// Values documented as Array of String; documented values `TRUE`, `FALSE`.
    pub fn encrypt(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("encrypt").values(values))
    }

    /// `snapshot-type`: Filter by the snapshot type specified in snapshot-type.
    /// (SHARED_SNAPSHOT: shared snapshot | PRIVATE_SNAPSHOT: private snapshot.)
    ///
    /// Values documented as Array of String.
    pub fn snapshot_type(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("snapshot-type").values(values))
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

impl From<DescribeSnapshotsFilter> for Filter {
    fn from(filter: DescribeSnapshotsFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeSnapshotsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeSnapshots` (see [`DescribeSnapshotsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSnapshotsResponse {
    /// Number of snapshots.
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// List of snapshot details.
    ///
    /// Wire name `SnapshotSet`.
    pub snapshot_set: Option<Vec<Snapshot>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeSnapshotsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeSnapshotsResponse")
            .member("TotalCount", &self.total_count)
            .member("SnapshotSet", &self.snapshot_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeSnapshotsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeSnapshotsResponse {
    const NAME: &'static str = "DescribeSnapshotsResponse";
    const FIELDS: &'static [&'static str] = &["TotalCount", "SnapshotSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "SnapshotSet" => Some(1),
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
            1 => self.snapshot_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeSnapshotsResponse {
    /// Creates an empty `DescribeSnapshotsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `SnapshotSet`.
    pub fn set_snapshot_set(
        mut self,
        value: impl IntoIterator<Item = Snapshot>,
    ) -> Self {
        self.snapshot_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeSnapshotsResponse {
    /// `SnapshotSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn snapshot_set(&self) -> &[Snapshot] {
        self.snapshot_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeSnapshotsRequest {
    type Output = DescribeSnapshotsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeSnapshots",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.OperationNotAllow",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidFilter",
            "MissingParameter",
        ],
    };
}

impl Paginated for DescribeSnapshotsRequest {
    type Item = Snapshot;
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
        output.snapshot_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.snapshot_set.as_ref().map(Vec::len)
    }
}

/// Deletes snapshot (`DeleteSnapshots`).
///
/// This API is used to delete a snapshot.
///
/// Only snapshots in the NORMAL state can be deleted. To query the state of a snapshot, you
/// can call the DescribeSnapshots API and check the SnapshotState field in the response.
///
/// Batch operations are supported. If there is any snapshot that cannot be deleted, the
/// operation will not be performed and a specific error code will be returned.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidSnapshot`: InvalidParameterValue.InvalidSnapshot
/// - `InvalidParameterValue.InvalidSnapshotId`: InvalidParameterValue.InvalidSnapshotId
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceInUse`: The resource is in use.
/// - `UnauthorizedOperation.MFAExpired`: UnauthorizedOperation.MFAExpired
/// - `UnsupportedOperation.SnapHasShared`: UnsupportedOperation.SnapHasShared
/// - `UnsupportedOperation.SnapshotHasBindedImage`:
///   UnsupportedOperation.SnapshotHasBindedImage
///
/// Send it with `ecm_sdk::Client::delete_snapshots` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteSnapshotsRequest {
    /// List of IDs of the snapshots to be deleted, which can be queried through
    /// DescribeSnapshots.
    ///
    /// Wire name `SnapshotIds`; required.
    pub snapshot_ids: Option<Vec<String>>,
    /// Whether to force delete the images associated with the snapshot.
    ///
    /// Wire name `DeleteBindImages`; optional.
    pub delete_bind_images: Option<bool>,
}

impl Serialize for DeleteSnapshotsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteSnapshotsRequest")
            .member("SnapshotIds", &self.snapshot_ids)
            .member("DeleteBindImages", &self.delete_bind_images)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteSnapshotsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteSnapshotsRequest {
    const NAME: &'static str = "DeleteSnapshotsRequest";
    const FIELDS: &'static [&'static str] = &["SnapshotIds", "DeleteBindImages"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SnapshotIds" => Some(0),
            "DeleteBindImages" => Some(1),
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
            0 => self.snapshot_ids = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.delete_bind_images = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl DeleteSnapshotsRequest {
    /// Creates an empty `DeleteSnapshotsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SnapshotIds` (required).
    pub fn snapshot_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.snapshot_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `DeleteBindImages`.
    pub fn delete_bind_images(mut self, value: bool) -> Self {
        self.delete_bind_images = Some(value);
        self
    }
}

impl Validate for DeleteSnapshotsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SnapshotIds", &self.snapshot_ids)?;
        Ok(())
    }
}

/// The response of `DeleteSnapshots` (see [`DeleteSnapshotsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteSnapshotsResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteSnapshotsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteSnapshotsResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteSnapshotsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteSnapshotsResponse {
    const NAME: &'static str = "DeleteSnapshotsResponse";
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

impl DeleteSnapshotsResponse {
    /// Creates an empty `DeleteSnapshotsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteSnapshotsRequest {
    type Output = DeleteSnapshotsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteSnapshots",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidSnapshot",
            "InvalidParameterValue.InvalidSnapshotId",
            "MissingParameter",
            "ResourceInUse",
            "UnauthorizedOperation.MFAExpired",
            "UnsupportedOperation.SnapHasShared",
            "UnsupportedOperation.SnapshotHasBindedImage",
        ],
    };
}
