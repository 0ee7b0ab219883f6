//! How requests travel: the HTTP method, body encoding and signature method the SDK is
//! configured with, what the emulator must see, and clients for an emulator.

use std::time::Duration;

use ecm_emulator::{Emulator, EmulatorConfig, EmulatorHandle, Encoding};
use ecm_sdk::{Client, ClientBuilder, Credentials, HttpMethod, RetryPolicy, SignatureMethod};

/// The credentials every suite's emulator accepts.
pub const SECRET_ID: &str = "AKIDe2eTestsSecretId0000000000000000";
/// The secret key of [`SECRET_ID`].
pub const SECRET_KEY: &str = "e2e-tests-secret-key-00000000000000";

/// An HTTP method, encoding and signature method combination.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wire {
    /// For messages.
    pub name: &'static str,
    /// SDK setting, and the signature the emulator must identify (one type in the signer,
    /// the SDK and the emulator's journal).
    pub signature: SignatureMethod,
    /// SDK setting.
    pub method: HttpMethod,
    /// How the emulator must find the parameters.
    pub encoding: Encoding,
    /// The HTTP method the emulator must see.
    pub http_method: &'static str,
}

/// TC3-HMAC-SHA256, POST with a JSON body (the SDK's default).
pub const TC3_POST_JSON: Wire = Wire {
    name: "TC3-HMAC-SHA256 POST JSON",
    signature: SignatureMethod::Tc3HmacSha256,
    method: HttpMethod::Post,
    encoding: Encoding::Json,
    http_method: "POST",
};

/// TC3-HMAC-SHA256, GET with flattened parameters in the query.
pub const TC3_GET: Wire = Wire {
    name: "TC3-HMAC-SHA256 GET",
    signature: SignatureMethod::Tc3HmacSha256,
    method: HttpMethod::Get,
    encoding: Encoding::Query,
    http_method: "GET",
};

/// v1 HmacSHA256, POST with a form body.
pub const V1_SHA256_POST_FORM: Wire = Wire {
    name: "HmacSHA256 POST form",
    signature: SignatureMethod::HmacSha256,
    method: HttpMethod::Post,
    encoding: Encoding::Form,
    http_method: "POST",
};

/// v1 HmacSHA1, POST with a form body.
pub const V1_SHA1_POST_FORM: Wire = Wire {
    name: "HmacSHA1 POST form",
    signature: SignatureMethod::HmacSha1,
    method: HttpMethod::Post,
    encoding: Encoding::Form,
    http_method: "POST",
};

/// v1 HmacSHA1, GET with the parameters in the query.
pub const V1_SHA1_GET: Wire = Wire {
    name: "HmacSHA1 GET",
    signature: SignatureMethod::HmacSha1,
    method: HttpMethod::Get,
    encoding: Encoding::Query,
    http_method: "GET",
};

/// Every combination.
pub const ALL: [Wire; 5] = [
    TC3_POST_JSON,
    TC3_GET,
    V1_SHA256_POST_FORM,
    V1_SHA1_POST_FORM,
    V1_SHA1_GET,
];

/// The standard retry policy (3 attempts) with back-off shortened to milliseconds, so retry
/// tests stay fast while following the policy's rules.
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy::standard()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(5))
}

/// Starts an emulator serving the embedded spec with [`SECRET_ID`]/[`SECRET_KEY`], in replay
/// mode: these suites check the documented examples end to end (`lifecycle.rs` and
/// `workflow.rs` exercise the stateful model).
pub async fn start_emulator() -> EmulatorHandle {
    Emulator::start(
        EmulatorConfig::new()
            .credentials(SECRET_ID, SECRET_KEY)
            .replay(true),
    )
    .await
    .expect("the emulator starts")
}

/// A client builder for `emulator` over `wire`: the emulator's credentials and URL,
/// [`fast_retries`], and timeouts that bound every wait.
pub fn client_builder(emulator: &EmulatorHandle, wire: Wire) -> ClientBuilder {
    Client::builder()
        .credentials(Credentials::new(SECRET_ID, SECRET_KEY))
        .endpoint(emulator.url())
        .signature_method(wire.signature)
        .http_method(wire.method)
        .retry_policy(fast_retries())
        .connect_timeout(Duration::from_secs(2))
        .attempt_timeout(Duration::from_secs(10))
        .total_timeout(Duration::from_secs(20))
}

/// A replaying emulator ([`start_emulator`]) and a client for it over `wire`: the setup of
/// most single-wire suites.
pub async fn emulator_and_client(wire: Wire) -> (EmulatorHandle, Client) {
    let emulator = start_emulator().await;
    let client = client(&emulator, wire);
    (emulator, client)
}

/// A client for `emulator` over `wire`.
pub fn client(emulator: &EmulatorHandle, wire: Wire) -> Client {
    client_builder(emulator, wire)
        .build()
        .expect("a valid client configuration")
}
