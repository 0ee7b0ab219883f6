// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
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
/// - East China (Shanghai): `ecm.ap-shanghai.tencentcloudapi.com`
/// - North China (Beijing): `ecm.ap-beijing.tencentcloudapi.com`
/// - Southwest China (Chengdu): `ecm.ap-chengdu.tencentcloudapi.com`
/// - Southwest China (Chongqing): `ecm.ap-chongqing.tencentcloudapi.com`
/// - Hong Kong, Macao, Taiwan (Hong Kong, China): `ecm.ap-hongkong.tencentcloudapi.com`
/// - Southeast Asia (Singapore): `ecm.ap-singapore.tencentcloudapi.com`
/// - Southeast Asia (Bangkok): `ecm.ap-bangkok.tencentcloudapi.com`
/// - South Asia (Mumbai): `ecm.ap-mumbai.tencentcloudapi.com`
/// - Northeast Asia (Seoul): `ecm.ap-seoul.tencentcloudapi.com`
/// - Northeast Asia (Tokyo): `ecm.ap-tokyo.tencentcloudapi.com`
/// - U.S. East Coast (Virginia): `ecm.na-ashburn.tencentcloudapi.com`
/// - U.S. West Coast (Silicon Valley): `ecm.na-siliconvalley.tencentcloudapi.com`
/// - North America (Toronto): `ecm.na-toronto.tencentcloudapi.com`
/// - Europe (Frankfurt): `ecm.eu-frankfurt.tencentcloudapi.com`
pub const SERVICE: ServiceMeta = ServiceMeta {
    name: "ecm",
    version: "2019-07-19",
    default_domain: "ecm.tencentcloudapi.com",
    regional_domains: &[
        ("ap-guangzhou", "ecm.ap-guangzhou.tencentcloudapi.com"),
        ("ap-shanghai", "ecm.ap-shanghai.tencentcloudapi.com"),
        ("ap-beijing", "ecm.ap-beijing.tencentcloudapi.com"),
        ("ap-chengdu", "ecm.ap-chengdu.tencentcloudapi.com"),
        ("ap-chongqing", "ecm.ap-chongqing.tencentcloudapi.com"),
        ("ap-hongkong", "ecm.ap-hongkong.tencentcloudapi.com"),
        ("ap-singapore", "ecm.ap-singapore.tencentcloudapi.com"),
        ("ap-bangkok", "ecm.ap-bangkok.tencentcloudapi.com"),
        ("ap-mumbai", "ecm.ap-mumbai.tencentcloudapi.com"),
        ("ap-seoul", "ecm.ap-seoul.tencentcloudapi.com"),
        ("ap-tokyo", "ecm.ap-tokyo.tencentcloudapi.com"),
        ("na-ashburn", "ecm.na-ashburn.tencentcloudapi.com"),
        ("na-siliconvalley", "ecm.na-siliconvalley.tencentcloudapi.com"),
        ("na-toronto", "ecm.na-toronto.tencentcloudapi.com"),
        ("eu-frankfurt", "ecm.eu-frankfurt.tencentcloudapi.com"),
    ],
    max_get_bytes: 32768,
    max_post_v1_bytes: 1048576,
    max_post_tc3_bytes: 10485760,
};
