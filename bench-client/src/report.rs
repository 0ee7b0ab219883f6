//! The result line.

use std::time::Duration;

use crate::args::Mode;

/// One recorded repetition.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rep {
    /// Wall time of the repetition.
    pub wall: Duration,
    /// Process CPU time (user + system, all threads) spent during it.
    pub cpu: Duration,
}

/// The contract's JSON line:
/// `{"peer":"rust-sdk","mode":…,"count":…,"reps":[ops/s…],"cpu_us_per_op":[…],"maxrss_kb":N}`.
pub fn json_line(mode: Mode, count: u64, reps: &[Rep], maxrss_kb: u64) -> String {
    let ops_per_s: Vec<f64> = reps
        .iter()
        .map(|rep| round(count as f64 / rep.wall.as_secs_f64().max(1e-9), 1))
        .collect();
    let cpu_us_per_op: Vec<f64> = reps
        .iter()
        .map(|rep| round(rep.cpu.as_secs_f64() * 1e6 / count as f64, 3))
        .collect();
    // Written by hand to keep the contract's member order (serde_json's map would sort).
    let list = |values: &[f64]| {
        let items: Vec<String> = values
            .iter()
            .map(|value| serde_json::Value::from(*value).to_string())
            .collect();
        items.join(",")
    };
    format!(
        r#"{{"peer":"rust-sdk","mode":"{}","count":{count},"reps":[{}],"cpu_us_per_op":[{}],"maxrss_kb":{maxrss_kb}}}"#,
        mode.as_str(),
        list(&ops_per_s),
        list(&cpu_us_per_op),
    )
}

fn round(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_the_contract_line() {
        let reps = [
            Rep {
                wall: Duration::from_millis(100),
                cpu: Duration::from_millis(50),
            },
            Rep {
                wall: Duration::from_millis(80),
                cpu: Duration::from_micros(40_001),
            },
        ];
        let line = json_line(Mode::E2e, 2000, &reps, 6000);
        let value: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(
            value,
            serde_json::json!({
                "peer": "rust-sdk", "mode": "e2e", "count": 2000,
                "reps": [20000.0, 25000.0], "cpu_us_per_op": [25.0, 20.001],
                "maxrss_kb": 6000
            })
        );
        assert!(
            line.starts_with(r#"{"peer":"rust-sdk","mode":"e2e","count":2000,"reps":["#),
            "{line}"
        );
        assert!(!line.contains('\n'));
    }
}
