//! Per-credential cache of derived signing keys.
//!
//! TC3 derives its signing key with three chained HMACs over the UTC date and
//! the service, and signing then needs a fourth HMAC keyed with the result.
//! Caching the *keyed* HMAC state of the signing key (inner and outer pads
//! already absorbed) means a warm signature costs only the HMAC over the string
//! to sign: three SHA-256 compressions instead of about eleven.
//!
//! One slot per credential holds the last (date, service): a client signs for
//! one service and the date changes once a day, so a single slot is always warm
//! in steady state. The slot sits behind a `Mutex` whose critical section is a
//! comparison and a ~200-byte copy; the benchmark in `benches/signing.rs`
//! measures it. The legacy algorithms key their HMAC with the SecretKey itself,
//! so their keyed states are computed once (`OnceLock`).

use std::sync::{Mutex, OnceLock};

use crate::crypto::{HmacSha1, HmacSha256};
use crate::secret_key::SecretKey;

#[derive(Default)]
pub(crate) struct KeyCache {
    tc3: Mutex<Option<Tc3Slot>>,
    v1_sha1: OnceLock<HmacSha1>,
    v1_sha256: OnceLock<HmacSha256>,
}

struct Tc3Slot {
    day: u64,
    service: Box<str>,
    signing: HmacSha256,
}

impl KeyCache {
    /// The HMAC keyed with the TC3 signing key for `date` (the UTC day number
    /// `day`, formatted as `YYYY-MM-DD`) and `service`.
    pub(crate) fn tc3_signing_mac(
        &self,
        secret_key: &SecretKey,
        day: u64,
        date: &str,
        service: &str,
    ) -> HmacSha256 {
        // A poisoned lock (impossible: nothing in the critical sections
        // panics) would only make us skip the cache.
        if let Ok(slot) = self.tc3.lock() {
            if let Some(slot) = slot.as_ref() {
                if slot.day == day && *slot.service == *service {
                    return slot.signing.clone();
                }
            }
        }
        let signing = derive_tc3_signing_mac(secret_key, date, service);
        if let Ok(mut slot) = self.tc3.lock() {
            *slot = Some(Tc3Slot {
                day,
                service: service.into(),
                signing: signing.clone(),
            });
        }
        signing
    }

    /// The HMAC-SHA1 keyed with the SecretKey (legacy v1).
    pub(crate) fn v1_sha1(&self, secret_key: &SecretKey) -> HmacSha1 {
        self.v1_sha1
            .get_or_init(|| HmacSha1::new(&[secret_key.expose_secret().as_bytes()]))
            .clone()
    }

    /// The HMAC-SHA256 keyed with the SecretKey (legacy v1).
    pub(crate) fn v1_sha256(&self, secret_key: &SecretKey) -> HmacSha256 {
        self.v1_sha256
            .get_or_init(|| HmacSha256::new(&[secret_key.expose_secret().as_bytes()]))
            .clone()
    }
}

/// SecretDate = HMAC_SHA256("TC3" + SecretKey, Date);
/// SecretService = HMAC_SHA256(SecretDate, Service);
/// SecretSigning = HMAC_SHA256(SecretService, "tc3_request");
/// returns the HMAC keyed with SecretSigning.
fn derive_tc3_signing_mac(secret_key: &SecretKey, date: &str, service: &str) -> HmacSha256 {
    let mut mac = HmacSha256::new(&[b"TC3", secret_key.expose_secret().as_bytes()]);
    mac.update(date.as_bytes());
    let secret_date = mac.finish();

    let mut mac = HmacSha256::new(&[&secret_date]);
    mac.update(service.as_bytes());
    let secret_service = mac.finish();

    let mut mac = HmacSha256::new(&[&secret_service]);
    mac.update(b"tc3_request");
    let secret_signing = mac.finish();

    HmacSha256::new(&[&secret_signing])
}
