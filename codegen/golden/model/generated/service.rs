// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The service constant: name, version, endpoints and request size limits.

use crate::action::ServiceMeta;

/// The `ecm` service, API version `2019-07-19`: every action's
/// [`ActionMeta::service`](crate::action::ActionMeta::service).
///
/// Requests go to the nearest region through `ecm.tencentcloudapi.com` unless a region's
/// own domain is chosen. The documented domains:
///
/// - Local access region (recommended, only for non-financial availability zones):
///   `ecm.tencentcloudapi.com`
/// - South China (Guangzhou): `ecm.ap-guangzhou.tencentcloudapi.com`
/// - U.S. East Coast (Virginia): `ecm.na-ashburn.tencentcloudapi.com`
pub const SERVICE: ServiceMeta = ServiceMeta {
    name: "ecm",
    version: "2019-07-19",
    default_domain: "ecm.tencentcloudapi.com",
    regional_domains: &[
        ("ap-guangzhou", "ecm.ap-guangzhou.tencentcloudapi.com"),
        ("na-ashburn", "ecm.na-ashburn.tencentcloudapi.com"),
    ],
    max_get_bytes: 32768,
    max_post_v1_bytes: 1048576,
    max_post_tc3_bytes: 10485760,
};
