//! The machine-readable specification of the Tencent Cloud Edge Computing Machine (ECM) API,
//! version 2019-07-19, and its data model.
//!
//! The spec is extracted from the vendored API documentation (`spec/docs/`) by `cargo xtask regen`
//! (see the `ecm-codegen` crate) and checked in as `spec/ecm.json`. The SDK generator and the
//! emulator read it through [`Spec`]; [`Spec::embedded`] returns the checked-in copy.
//!
//! Types keep the documentation's own vocabulary: type names such as `String`, `Integer`,
//! `Timestamp ISO8601` or `Array of Filter` (see [`TypeRef`]), parameter names as printed on the
//! wire (`Filters`, not `filters`), and documentation order for every list.
//! The schema is described field by field in `spec/README.md`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod type_ref;

use serde::{Deserialize, Serialize};

pub use type_ref::{Primitive, TypeRef, TypeRefError};

/// The checked-in spec, `spec/ecm.json`, as text.
pub const EMBEDDED_JSON: &str = include_str!("../ecm.json");

/// The whole ECM API as the documentation describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Service-wide facts: name, version, endpoints, protocols, limits, common parameters.
    pub service: Service,
    /// The API category tables, in documentation order.
    pub categories: Vec<Category>,
    /// Every action, in the order of the documentation's action pages.
    pub actions: Vec<Action>,
    /// Every data structure, in documentation order (alphabetical).
    pub data_types: Vec<DataType>,
    /// The common and service error codes.
    pub error_codes: ErrorCodes,
    /// The documentation's release history, newest first.
    pub releases: Vec<Release>,
    /// The worked examples of the two signature chapters.
    pub signature_examples: SignatureExamples,
}

/// Service-wide facts from the "Request Structure" and "Common Params" chapters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Short service name, used in domains and the TC3 credential scope: `ecm`.
    pub name: String,
    /// API version sent with every request: `2019-07-19`.
    pub version: String,
    /// The nearest-region domain: `ecm.tencentcloudapi.com`.
    pub default_domain: String,
    /// The hosted-region table (region → domain), in documentation order.
    pub regions: Vec<RegionEndpoint>,
    /// Supported protocols (`HTTPS`).
    pub protocols: Vec<String>,
    /// Supported HTTP methods, recommended first.
    pub http_methods: Vec<HttpMethod>,
    /// Content types accepted by POST and the signature methods each requires.
    pub content_types: Vec<ContentType>,
    /// Request size limits.
    pub size_limits: SizeLimits,
    /// Character encoding of requests and responses (`UTF-8`).
    pub character_encoding: String,
    /// Common parameters of signature v3 (TC3-HMAC-SHA256), sent as HTTP headers.
    pub common_params_v3: Vec<CommonParam>,
    /// Common parameters of signature v1 (HmacSHA1/HmacSHA256), sent in the query or form.
    pub common_params_v1: Vec<CommonParam>,
}

/// One row of the hosted-region table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionEndpoint {
    /// The region name as printed, e.g. `South China (Guangzhou)`.
    pub name: String,
    /// The region identifier embedded in the domain, e.g. `ap-guangzhou`; `None` for the
    /// nearest-region ("Local access region") row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The API domain, e.g. `ecm.ap-guangzhou.tencentcloudapi.com`.
    pub domain: String,
}

/// An HTTP method the API accepts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpMethod {
    /// `POST` or `GET`.
    pub method: String,
    /// Whether the documentation recommends it.
    pub recommended: bool,
}

/// A POST content type and the signature methods that may be used with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentType {
    /// The media type, e.g. `application/json`.
    pub media_type: String,
    /// Signature methods allowed with it, e.g. `["TC3-HMAC-SHA256"]`.
    pub signature_methods: Vec<String>,
    /// Whether the documentation recommends it.
    pub recommended: bool,
    /// Whether only certain APIs accept it (true for `multipart/form-data`).
    pub restricted: bool,
}

/// Request size limits, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SizeLimits {
    /// Maximum size of a GET request packet (32 KB).
    pub get_bytes: u64,
    /// Maximum size of a POST request signed with HmacSHA1 or HmacSHA256 (1 MB).
    pub post_v1_bytes: u64,
    /// Maximum size of a POST request signed with TC3-HMAC-SHA256 (10 MB).
    pub post_tc3_bytes: u64,
}

/// A common parameter (a header for v3, a query/form parameter for v1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommonParam {
    /// Wire name, e.g. `X-TC-Action` or `Nonce`.
    pub name: String,
    /// Documentation type (`String` or `Integer`).
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// Whether every request must carry it.
    pub required: bool,
    /// Description, cleaned (and completed from `overrides.json` where the dump truncated it).
    pub description: String,
}

/// One API category table (e.g. `Region APIs`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Category title as printed, e.g. `Module APIs`.
    pub name: String,
    /// The category's actions, in the table's order.
    pub actions: Vec<String>,
}

/// Whether an action uses the common `Region` parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RegionRequirement {
    /// The action needs `Region` (`X-TC-Region`).
    Required,
    /// "This parameter is not required for this API": it may be sent and is ignored.
    NotRequired,
    /// The action's input table has no `Region` row.
    NotUsed,
}

/// One API action with its page's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Wire name, e.g. `DescribeNode`.
    pub name: String,
    /// Category title, e.g. `Region APIs`.
    pub category: String,
    /// Short feature name from the category table, e.g. `Gets node list`.
    pub feature: String,
    /// The API description paragraph(s).
    pub description: String,
    /// Domain the page names for requests.
    pub domain: String,
    /// Documented rate limit, in requests per second.
    pub rate_limit_per_second: u32,
    /// Whether the common `Region` parameter is needed.
    pub region: RegionRequirement,
    /// Input parameters without the common `Action`/`Version`/`Region` rows, in table order.
    pub inputs: Vec<Field>,
    /// Output parameters without the common `RequestId` row, in table order.
    pub outputs: Vec<Field>,
    /// Offset/limit pagination, when the action has `Offset`/`Limit` inputs and a `TotalCount` output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<Pagination>,
    /// The documented filters of the `Filters` parameter (Describe actions), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<FilterSet>,
    /// The page's error-code table, in table order.
    pub errors: Vec<ActionError>,
    /// The page's examples, in order.
    pub examples: Vec<Example>,
}

/// A parameter or a data-structure member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Wire name without any `.N` suffix, e.g. `Filters`.
    pub name: String,
    /// Documentation type, e.g. `Array of Filter`.
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// Input parameters: the name carried the `.N` list suffix (always with an `Array of` type).
    #[serde(default, skip_serializing_if = "is_false")]
    pub list: bool,
    /// Whether the parameter is required; `None` where the table has no Required column
    /// (output parameters and most response-side data structures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// The description carries the note "this field may return null".
    #[serde(default, skip_serializing_if = "is_false")]
    pub nullable: bool,
    /// Description, cleaned, without the nullability note.
    pub description: String,
    /// The closed set of values the description documents ("Valid values: …", one
    /// `VALUE: meaning` per line, numeric codes `0: …`), in documentation order; empty when
    /// the description documents none or the set is not certainly closed (see `spec/README.md`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<DocumentedValue>,
}

/// One value of a documented closed set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentedValue {
    /// The value exactly as sent on the wire (`LAUNCH_FAILED`; `0` for a numeric code).
    pub value: String,
    /// Its meaning as documented (may be empty, e.g. for "Valid values: TCP, UDP").
    pub meaning: String,
}

/// The documented filters of a Describe action's `Filters` parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilterSet {
    /// The parameter carrying them (`Filters`).
    pub parameter: String,
    /// "Each request can contain up to N Filters", when documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_filters: Option<u32>,
    /// "… and N Filter.Values" (values per filter), when documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_values: Option<u32>,
    /// The filters, in documentation order.
    pub filters: Vec<DocumentedFilter>,
}

/// One documented filter (a `Filter.Name` with the meaning of its values).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentedFilter {
    /// The filter name as sent in `Filter.Name` (`module-id`); for a keyed filter the
    /// documented template (`tag:tag-key`).
    pub name: String,
    /// For a keyed filter, the fixed part before the caller's key (`tag:`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_prefix: Option<String>,
    /// The value type as printed (`String`, `Boolean`, `Array of String`), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_type: Option<String>,
    /// The description, cleaned (continuation lines joined with `\n`).
    pub description: String,
    /// Whether the description documents fuzzy matching ("Fuzzy match is supported").
    #[serde(default, skip_serializing_if = "is_false")]
    pub fuzzy: bool,
    /// Whether the description allows only one value ("You can provide only one value").
    #[serde(default, skip_serializing_if = "is_false")]
    pub single_value: bool,
    /// A closed set of values the description documents, if any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<DocumentedValue>,
}

/// Offset/limit pagination of a list action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pagination {
    /// Input carrying the offset (`Offset`).
    pub offset: String,
    /// Input carrying the page size (`Limit`).
    pub limit: String,
    /// Type of the limit and offset inputs as documented (`Integer`, once `String`).
    pub limit_type: TypeRef,
    /// Output carrying the total number of items (`TotalCount`).
    pub total_count: String,
    /// Output carrying the page's items (the action's only list output).
    pub items: String,
    /// Default page size stated in the `Limit` description, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_limit: Option<u32>,
    /// Maximum page size stated in the `Limit` description, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_limit: Option<u32>,
}

/// A row of an action's error-code table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionError {
    /// Wire code, e.g. `FailedOperation.InternalOperationFailure`.
    pub code: String,
    /// Description as the action's table gives it (may be empty).
    pub description: String,
}

/// How an example's input is written in the documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExampleInputForm {
    /// `https://ecm.tencentcloudapi.com/?Action=X` then `&Name=value` lines (a GET query).
    Query,
    /// `POST / HTTP/1.1` with headers and a JSON body.
    Json,
}

/// A documented example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// Title without the `ExampleN` prefix, e.g. `Viewing region list`.
    pub title: String,
    /// Sentence(s) between the title and `Input Example` (may be empty).
    pub description: String,
    /// How the input is written.
    pub input_form: ExampleInputForm,
    /// For query-form inputs: the `Name=value` pairs as printed, in order, without `Action`
    /// and `<Common request parameters>`; empty for JSON-form inputs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub input_params: Vec<(String, String)>,
    /// The input as the JSON object it denotes (query-form values converted using the
    /// documented types; common parameters such as `Version` removed).
    pub input: serde_json::Value,
    /// The output example's `Response` object, parsed.
    pub output: serde_json::Value,
}

/// A data structure of the "Data Types" chapter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataType {
    /// Name, e.g. `Instance`.
    pub name: String,
    /// Description, e.g. `Instance details`.
    pub description: String,
    /// The `Used by actions:` list as printed.
    pub used_by: Vec<String>,
    /// Members in table order.
    pub members: Vec<Field>,
}

/// The documented error codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorCodes {
    /// Common error codes: the union of the Responses chapter's and the Error Codes chapter's lists.
    pub common: Vec<ErrorCode>,
    /// Service error codes of the Error Codes chapter.
    pub service: Vec<ErrorCode>,
}

/// One error code with its best description.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorCode {
    /// Wire code, e.g. `AuthFailure.SignatureFailure`.
    pub code: String,
    /// The most complete description found in the docs (empty when none is given anywhere).
    pub description: String,
}

/// One release of the documentation's History chapter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Release {
    /// Release number (`Release 4` → 4).
    pub number: u32,
    /// Release time as printed, e.g. `2023-02-06 10:39:47`.
    pub time: String,
    /// Actions added by the release.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub new_actions: Vec<String>,
    /// Data structures added by the release.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub new_data_types: Vec<String>,
    /// Actions that gained parameters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modified_actions: Vec<ModifiedAction>,
    /// Data structures that gained members.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modified_data_types: Vec<ModifiedDataType>,
}

/// An action changed by a release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModifiedAction {
    /// Action name.
    pub name: String,
    /// Input parameters added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub new_inputs: Vec<String>,
    /// Output parameters added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub new_outputs: Vec<String>,
}

/// A data structure changed by a release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModifiedDataType {
    /// Data structure name.
    pub name: String,
    /// Members added.
    pub new_members: Vec<String>,
}

/// The worked examples printed in the two signature chapters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureExamples {
    /// The TC3-HMAC-SHA256 worked example ("Signature v3" chapter).
    pub tc3: Tc3Example,
    /// The HmacSHA1 worked example ("Signature" chapter).
    pub v1: V1Example,
}

/// The TC3-HMAC-SHA256 worked example and the values the documentation prints for it.
///
/// The credentials are printed masked (`…*******`); the printed values reproduce when the
/// masked strings are used literally as the key material.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tc3Example {
    /// SecretId as printed.
    pub secret_id: String,
    /// SecretKey as printed.
    pub secret_key: String,
    /// Service in the credential scope (`cvm`).
    pub service: String,
    /// Host header (`cvm.tencentcloudapi.com`).
    pub host: String,
    /// HTTP method (`POST`).
    pub method: String,
    /// Content-Type header.
    pub content_type: String,
    /// Action header value.
    pub action: String,
    /// Version header value.
    pub version: String,
    /// Region header value.
    pub region: String,
    /// Request body.
    pub payload: String,
    /// X-TC-Timestamp.
    pub timestamp: i64,
    /// Credential-scope date (UTC) as printed.
    pub date: String,
    /// Printed hex SHA-256 of the payload.
    pub hashed_request_payload: String,
    /// The canonical request, with the line breaks the algorithm specifies.
    pub canonical_request: String,
    /// Printed hex SHA-256 of the canonical request.
    pub hashed_canonical_request: String,
    /// The string to sign.
    pub string_to_sign: String,
    /// Printed hex signature.
    pub signature: String,
    /// Printed Authorization header value.
    pub authorization: String,
}

/// The v1 (HmacSHA1) worked example and the values the documentation prints for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct V1Example {
    /// SecretId as printed.
    pub secret_id: String,
    /// SecretKey as printed.
    pub secret_key: String,
    /// HTTP method (`GET`).
    pub method: String,
    /// Host (`cvm.tencentcloudapi.com`).
    pub host: String,
    /// Path (`/`).
    pub path: String,
    /// The request parameters (including `SecretId`, `Nonce`, `Timestamp`), in printed order.
    pub params: Vec<(String, String)>,
    /// The printed source string (`GETcvm.tencentcloudapi.com/?Action=…`).
    pub source_string: String,
    /// Printed Base64 signature.
    pub signature: String,
    /// Printed URL-encoded signature.
    pub signature_url_encoded: String,
}

/// An error loading a spec from JSON.
#[derive(Debug)]
pub struct LoadError(serde_json::Error);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid ECM spec JSON: {}", self.0)
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

impl Spec {
    /// Parses a spec from its JSON text.
    pub fn from_json(text: &str) -> Result<Spec, LoadError> {
        serde_json::from_str(text).map_err(LoadError)
    }

    /// The checked-in spec (`spec/ecm.json`), parsed.
    pub fn embedded() -> Result<Spec, LoadError> {
        Spec::from_json(EMBEDDED_JSON)
    }

    /// Serialises the spec in its canonical form: pretty-printed, two-space indented, with a
    /// trailing newline. `ecm.json` is always written this way so diffs stay readable.
    pub fn to_canonical_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a spec always serialises");
        text.push('\n');
        text
    }

    /// The action named `name`.
    pub fn action(&self, name: &str) -> Option<&Action> {
        self.actions.iter().find(|action| action.name == name)
    }

    /// The data structure named `name`.
    pub fn data_type(&self, name: &str) -> Option<&DataType> {
        self.data_types
            .iter()
            .find(|data_type| data_type.name == name)
    }

    /// Every documented error code, common codes first.
    pub fn all_error_codes(&self) -> impl Iterator<Item = &ErrorCode> {
        self.error_codes
            .common
            .iter()
            .chain(&self.error_codes.service)
    }
}

fn is_false(value: &bool) -> bool {
    !*value
}
