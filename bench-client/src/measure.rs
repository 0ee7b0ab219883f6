//! Process CPU time and peak RSS from `/proc`, with `getrusage(RUSAGE_SELF)` semantics and
//! no `unsafe` (see the crate documentation).

use std::time::Duration;

/// `AT_CLKTCK` in the auxiliary vector: the clock-tick rate of `/proc/*/stat` times.
const AT_CLKTCK: u64 = 17;
/// The Linux default, used if `/proc/self/auxv` cannot be read.
const DEFAULT_CLK_TCK: u64 = 100;

/// Reads process CPU time (user + system, all threads).
#[derive(Debug, Clone, Copy)]
pub struct CpuClock {
    ticks_per_second: u64,
}

impl Default for CpuClock {
    fn default() -> Self {
        Self::new()
    }
}

impl CpuClock {
    /// Reads the clock-tick rate once.
    pub fn new() -> Self {
        let ticks_per_second = std::fs::read("/proc/self/auxv")
            .ok()
            .and_then(|auxv| clock_ticks_from_auxv(&auxv))
            .filter(|ticks| *ticks > 0)
            .unwrap_or(DEFAULT_CLK_TCK);
        CpuClock { ticks_per_second }
    }

    /// The process's CPU time so far: the nanosecond sum over live threads, or the
    /// tick-resolution total over all threads (exited ones included) when that is larger.
    /// `None` where `/proc` is unavailable.
    pub fn now(&self) -> Option<Duration> {
        let precise = live_threads_cpu();
        let coarse = std::fs::read_to_string("/proc/self/stat")
            .ok()
            .and_then(|stat| ticks_from_stat(&stat))
            .map(|ticks| {
                Duration::from_nanos(ticks.saturating_mul(1_000_000_000) / self.ticks_per_second)
            });
        match (precise, coarse) {
            (Some(precise), Some(coarse)) => Some(precise.max(coarse)),
            (precise, coarse) => precise.or(coarse),
        }
    }
}

/// Sum of the first field of `/proc/self/task/*/schedstat` (ns on the CPU).
fn live_threads_cpu() -> Option<Duration> {
    let mut total: u64 = 0;
    for entry in std::fs::read_dir("/proc/self/task").ok()? {
        let Ok(entry) = entry else { continue };
        // A thread may exit between listing and reading: skip it.
        let Ok(text) = std::fs::read_to_string(entry.path().join("schedstat")) else {
            continue;
        };
        total = total.saturating_add(schedstat_ns(&text)?);
    }
    Some(Duration::from_nanos(total))
}

/// The run time in nanoseconds: the first field of a `schedstat` line.
fn schedstat_ns(text: &str) -> Option<u64> {
    text.split_whitespace().next()?.parse().ok()
}

/// `utime + stime` (fields 14 and 15) of a `/proc/PID/stat` line, in clock ticks. The
/// command name (field 2) may contain spaces and parentheses, so fields are counted after
/// its last `)`.
fn ticks_from_stat(stat: &str) -> Option<u64> {
    let after_name = &stat[stat.rfind(')')? + 1..];
    let mut fields = after_name.split_whitespace(); // field 3 (state) first
    let utime: u64 = fields.nth(14 - 3)?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    utime.checked_add(stime)
}

/// The `AT_CLKTCK` entry of a 64-bit little- or big-endian auxiliary vector (native order).
fn clock_ticks_from_auxv(auxv: &[u8]) -> Option<u64> {
    let word = |bytes: &[u8]| u64::from_ne_bytes(bytes.try_into().expect("8 bytes"));
    auxv.chunks_exact(16)
        .map(|pair| (word(&pair[..8]), word(&pair[8..])))
        .take_while(|(key, _)| *key != 0)
        .find(|(key, _)| *key == AT_CLKTCK)
        .map(|(_, value)| value)
}

/// Peak resident set size in kB (`VmHWM` of `/proc/self/status`), as `ru_maxrss`.
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    vm_hwm_kb(&status)
}

fn vm_hwm_kb(status: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_stat_with_an_awkward_command_name() {
        // Fields 14/15 (utime/stime) are 33 and 7 after a name with spaces and ')'.
        let stat = "4242 (we ird) (name) R 1 2 3 4 5 6 7 8 9 10 33 7 0 0 20 0 1 0 99 1000 50";
        assert_eq!(ticks_from_stat(stat), Some(40));
        assert_eq!(ticks_from_stat("garbage"), None);
    }

    #[test]
    fn parses_schedstat_and_status() {
        assert_eq!(schedstat_ns("339347634 575266 32\n"), Some(339_347_634));
        let status = "Name:\tx\nVmPeak:\t  9000 kB\nVmHWM:\t    5120 kB\nVmRSS:\t 4000 kB\n";
        assert_eq!(vm_hwm_kb(status), Some(5120));
        assert_eq!(vm_hwm_kb("Name: x\n"), None);
    }

    #[test]
    fn finds_the_clock_tick_in_an_auxiliary_vector() {
        let mut auxv = Vec::new();
        for (key, value) in [(6u64, 4096u64), (17, 250), (0, 0)] {
            auxv.extend_from_slice(&key.to_ne_bytes());
            auxv.extend_from_slice(&value.to_ne_bytes());
        }
        assert_eq!(clock_ticks_from_auxv(&auxv), Some(250));
        assert_eq!(clock_ticks_from_auxv(&auxv[..16]), None);
    }

    #[test]
    fn cpu_time_advances_with_work_and_rss_is_reported() {
        let clock = CpuClock::new();
        let before = clock.now().expect("/proc is available on Linux");
        // Burn about 30 ms of CPU.
        let start = std::time::Instant::now();
        let mut x = 0u64;
        while start.elapsed() < Duration::from_millis(30) {
            x = std::hint::black_box(x.wrapping_mul(6364136223846793005).wrapping_add(1));
        }
        let used = clock.now().unwrap().saturating_sub(before);
        assert!(used >= Duration::from_millis(15), "{used:?}");
        assert!(used < Duration::from_secs(5), "{used:?}");
        assert!(peak_rss_kb().unwrap() > 0);
    }
}
