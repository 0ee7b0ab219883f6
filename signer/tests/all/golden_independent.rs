//! Golden values without a printed counterpart in the docs, computed
//! independently of this crate by `tests/fixtures/independent_golden.py`
//! (Python's hashlib/hmac/base64/urllib, written from the two signature
//! chapters; the script first reproduces the docs' printed values and the
//! benchmark contract's value as a self-check). The benchmark-contract value
//! itself was given with the task.

use tencentcloud_signer::{
    Credentials, SignatureMethod, Tc3Params, Tc3Request, V1Params, V1Request, encode_query,
    sign_tc3, sign_v1,
};

const ID: &str = "AKIDgoldengoldengoldengoldengolden1";
const KEY: &str = "goldenSecretKey/+=golden0123456789";

/// The benchmark contract: DescribeNode with the 957-byte compact body.
mod benchmark_contract {
    use super::*;

    const PRETTY: &str = include_str!("../fixtures/describe_node_request.json");
    const COMPACT: &[u8] = include_bytes!("../fixtures/describe_node_request.compact.json");

    /// JSON whitespace outside strings removed; keys stay in file order.
    fn minify(json: &str) -> String {
        let (mut out, mut in_string, mut escaped) = (String::new(), false, false);
        for c in json.chars() {
            if in_string {
                out.push(c);
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
            } else if c == '"' {
                in_string = true;
                out.push(c);
            } else if !c.is_ascii_whitespace() {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn compact_body_is_the_fixture_serialised_compactly() {
        // The fixture is a verbatim copy of bench-client/fixtures/describe_node_request.json.
        assert_eq!(minify(PRETTY).as_bytes(), COMPACT);
        assert_eq!(COMPACT.len(), 957);
    }

    #[test]
    fn authorization() {
        let credentials = Credentials::new(
            "AKIDbenchbenchbenchbenchbenchbench12",
            "benchbenchbenchbenchbenchbench12",
        );
        let request = Tc3Request::post_json("ecm.tencentcloudapi.com", COMPACT);
        let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", 1_700_000_000)
            .with_region("ap-guangzhou");
        let signed = sign_tc3(&request, &params, &credentials).unwrap();
        assert_eq!(
            signed.authorization(),
            "TC3-HMAC-SHA256 Credential=AKIDbenchbenchbenchbenchbenchbench12/2023-11-14/ecm/\
             tc3_request, SignedHeaders=content-type;host, \
             Signature=3b0a73cef7ab6440bf4aebe469e0008256eb8624c83b3e5d673d4654d506010b"
        );
    }
}

mod tc3_get {
    use super::*;

    const PARAMS: [(&str, &str); 5] = [
        ("Limit", "10"),
        ("Offset", "0"),
        ("Filters.0.Name", "zone"),
        ("Filters.0.Values.0", "ap-guangzhou-ecm-1"),
        ("ModuleName", "Video parsing module/视频"),
    ];
    const QUERY: &str = "Limit=10&Offset=0&Filters.0.Name=zone&Filters.0.Values.0=\
                         ap-guangzhou-ecm-1&ModuleName=Video%20parsing%20module%2F%E8%A7%86%E9%A2%91";

    #[test]
    fn query_is_rfc3986_encoded() {
        assert_eq!(encode_query(&PARAMS), QUERY);
    }

    #[test]
    fn canonical_request_string_to_sign_and_signature() {
        let request = Tc3Request::get("ecm.tencentcloudapi.com", QUERY);
        let params = Tc3Params::new("ecm", "DescribeModule", "2019-07-19", 1_700_000_000);
        assert_eq!(
            request.canonical_request().unwrap(),
            format!(
                "GET\n/\n{QUERY}\ncontent-type:application/x-www-form-urlencoded\n\
                 host:ecm.tencentcloudapi.com\n\ncontent-type;host\n\
                 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
            )
        );
        assert_eq!(
            request.string_to_sign(&params).unwrap(),
            "TC3-HMAC-SHA256\n1700000000\n2023-11-14/ecm/tc3_request\n\
             73533f0a06e11cce19b6ca31824580f1ce247554309a5cd6748b4b79619df6c6"
        );
        let credentials = Credentials::new(ID, KEY);
        let signed = sign_tc3(&request, &params, &credentials).unwrap();
        assert_eq!(
            signed.authorization(),
            "TC3-HMAC-SHA256 Credential=AKIDgoldengoldengoldengoldengolden1/2023-11-14/ecm/\
             tc3_request, SignedHeaders=content-type;host, \
             Signature=fabf20382635433c5cba0e7b9e83340f1bc38835331b6f60950d00a4a4ad6fbc"
        );
        // No region, no token: neither header is emitted.
        let names: Vec<_> = signed.headers().map(|(name, _)| name).collect();
        assert_eq!(
            names,
            [
                "Authorization",
                "X-TC-Action",
                "X-TC-Version",
                "X-TC-Timestamp"
            ]
        );
    }
}

/// Extra signed headers (case and spaces normalised, sorted), a session
/// token, and a timestamp just after 16:00 UTC: 2019-02-25T16:00:01Z is
/// 2019-02-26 00:00:01 in UTC+8, and the scope date must stay 2019-02-25.
mod tc3_extra_headers_token_and_utc_date {
    use super::*;

    const HEADERS: [(&str, &str); 2] = [
        ("X-TC-Language", "  en-US "),
        ("X-Request-Trace", "AbC-123"),
    ];

    fn request() -> Tc3Request<'static> {
        Tc3Request::post_json("ecm.tencentcloudapi.com", br#"{"Limit":1}"#)
            .with_signed_headers(&HEADERS)
    }

    fn params() -> Tc3Params<'static> {
        Tc3Params::new("ecm", "DescribeNode", "2019-07-19", 1_551_110_401)
            .with_region("ap-guangzhou")
    }

    #[test]
    fn canonical_request_and_string_to_sign() {
        assert_eq!(
            request().canonical_request().unwrap(),
            "POST\n/\n\ncontent-type:application/json\nhost:ecm.tencentcloudapi.com\n\
             x-request-trace:abc-123\nx-tc-language:en-us\n\n\
             content-type;host;x-request-trace;x-tc-language\n\
             55522f708dcfebccb7bd3e8d0001a53ecaf2beca9ca801f1e9161e24215faa99"
        );
        assert_eq!(
            request().string_to_sign(&params()).unwrap(),
            "TC3-HMAC-SHA256\n1551110401\n2019-02-25/ecm/tc3_request\n\
             90f0a5b7c31649b28e71d474595f658295950a0af5e996cbad99a55acbe639ac"
        );
    }

    #[test]
    fn signature_headers_and_token() {
        let credentials = Credentials::new(ID, KEY).with_token("session-token");
        let signed = sign_tc3(&request(), &params(), &credentials).unwrap();
        assert_eq!(
            signed.authorization(),
            "TC3-HMAC-SHA256 Credential=AKIDgoldengoldengoldengoldengolden1/2019-02-25/ecm/\
             tc3_request, SignedHeaders=content-type;host;x-request-trace;x-tc-language, \
             Signature=6eaf3bcebb90e900173d98ee064e4ac4de171526abe1abd72163cb9484ec8a1a"
        );
        let headers: Vec<_> = signed.headers().skip(1).collect();
        assert_eq!(
            headers,
            [
                ("X-TC-Action", "DescribeNode"),
                ("X-TC-Version", "2019-07-19"),
                ("X-TC-Timestamp", "1551110401"),
                ("X-TC-Region", "ap-guangzhou"),
                ("X-TC-Token", "session-token"),
            ]
        );
    }
}

/// multipart/form-data is signed over the body as sent, boundary included in
/// the content type (the body is the docs' request-structure example, with
/// CRLF line ends).
mod tc3_multipart {
    use super::*;

    const CONTENT_TYPE: &str = "multipart/form-data; boundary=58731222010402";
    const BODY: &[u8] = b"--58731222010402\r\n\
        Content-Disposition: form-data; name=\"Offset\"\r\n\r\n0\r\n\
        --58731222010402\r\n\
        Content-Disposition: form-data; name=\"Limit\"\r\n\r\n10\r\n\
        --58731222010402--\r\n";

    #[test]
    fn canonical_request_and_signature() {
        let request = Tc3Request::new("POST", "cvm.tencentcloudapi.com", CONTENT_TYPE, BODY);
        let params = Tc3Params::new("cvm", "DescribeInstances", "2017-03-12", 1_527_672_334);
        assert_eq!(
            request.canonical_request().unwrap(),
            "POST\n/\n\ncontent-type:multipart/form-data; boundary=58731222010402\n\
             host:cvm.tencentcloudapi.com\n\ncontent-type;host\n\
             ef9b13199cc22ee81c832d795c5ae975797d312ec6f7c71855ba02f3c8f0bf0b"
        );
        assert_eq!(
            request.string_to_sign(&params).unwrap(),
            "TC3-HMAC-SHA256\n1527672334\n2018-05-30/cvm/tc3_request\n\
             7faaf00cbfeeab6a921a4032c954d2337140fa79c988c12723a426482890588f"
        );
        let credentials = Credentials::new(ID, KEY);
        let signed = sign_tc3(&request, &params, &credentials).unwrap();
        assert_eq!(
            signed.signature(),
            "4ae8b5a4270856b54e7070efe195887fed5978d76c76fb1e028d76ecbce9616d"
        );
    }
}

/// HmacSHA256 over the docs' v1 example parameters (the docs print only the
/// HmacSHA1 value).
mod v1_hmac_sha256 {
    use super::*;

    const DOC_ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
    const DOC_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3*******";
    const PARAMS: [(&str, &str); 3] = [
        ("InstanceIds.0", "ins-09dx96dg"),
        ("Limit", "20"),
        ("Offset", "0"),
    ];

    #[test]
    fn source_signature_and_encoded_params() {
        let credentials = Credentials::new(DOC_ID, DOC_KEY);
        let request = V1Request::get("cvm.tencentcloudapi.com", &PARAMS);
        let common = V1Params::new("DescribeInstances", "2017-03-12", 1_465_185_768, 11_886)
            .with_region("ap-guangzhou")
            .with_signature_method(SignatureMethod::HmacSha256);
        assert_eq!(
            request.source_string(&common, &credentials).unwrap(),
            "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg\
             &Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou\
             &SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******&SignatureMethod=HmacSHA256\
             &Timestamp=1465185768&Version=2017-03-12"
        );
        let signed = sign_v1(&request, &common, &credentials).unwrap();
        assert_eq!(
            signed.signature(),
            "czb75sAwt2P15FCqA4ugj88/aUVor/dVp3fCS/7mQiY="
        );
        assert_eq!(
            signed.encoded_params(),
            "Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886\
             &Offset=0&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3%2A%2A%2A%2A%2A%2A%2A\
             &Signature=czb75sAwt2P15FCqA4ugj88%2FaUVor%2FdVp3fCS%2F7mQiY%3D\
             &SignatureMethod=HmacSHA256&Timestamp=1465185768&Version=2017-03-12"
        );
    }
}

/// HmacSHA1 POST form with values that need encoding, ASCII ordering
/// (`InstanceIds.12` before `InstanceIds.2`), no region and a session token.
mod v1_hmac_sha1_post_form {
    use super::*;

    const PARAMS: [(&str, &str); 5] = [
        ("ModuleId", "module-1a2b3c4d"),
        ("ModuleName", "a b+c/d=e&f~g"),
        ("Description", "模块 ✓"),
        ("InstanceIds.2", "ein-2"),
        ("InstanceIds.12", "ein-12"),
    ];

    #[test]
    fn source_signature_and_encoded_params() {
        let credentials = Credentials::new(ID, KEY).with_token("session-token-xyz");
        let request = V1Request::post_form("ecm.tencentcloudapi.com", &PARAMS);
        let common = V1Params::new(
            "ModifyModuleName",
            "2019-07-19",
            1_700_000_000,
            4_294_967_297,
        )
        .with_signature_method(SignatureMethod::HmacSha1);
        assert_eq!(
            request.source_string(&common, &credentials).unwrap(),
            "POSTecm.tencentcloudapi.com/?Action=ModifyModuleName&Description=模块 ✓\
             &InstanceIds.12=ein-12&InstanceIds.2=ein-2&ModuleId=module-1a2b3c4d\
             &ModuleName=a b+c/d=e&f~g&Nonce=4294967297\
             &SecretId=AKIDgoldengoldengoldengoldengolden1&Timestamp=1700000000\
             &Token=session-token-xyz&Version=2019-07-19"
        );
        let signed = sign_v1(&request, &common, &credentials).unwrap();
        assert_eq!(signed.signature(), "PwKYhGRejV5tovSveqXxVAt3lJQ=");
        assert_eq!(
            signed.encoded_params(),
            "Action=ModifyModuleName&Description=%E6%A8%A1%E5%9D%97%20%E2%9C%93\
             &InstanceIds.12=ein-12&InstanceIds.2=ein-2&ModuleId=module-1a2b3c4d\
             &ModuleName=a%20b%2Bc%2Fd%3De%26f~g&Nonce=4294967297\
             &SecretId=AKIDgoldengoldengoldengoldengolden1&Signature=PwKYhGRejV5tovSveqXxVAt3lJQ%3D\
             &Timestamp=1700000000&Token=session-token-xyz&Version=2019-07-19"
        );
    }
}
