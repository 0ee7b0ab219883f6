//! `cargo xtask build-cost`: what depending on `ecm-sdk` costs a user at build time.
//!
//! Creates a hello-world binary crate in a fresh temporary directory (its own target
//! directory, never the workspace's) that depends on `ecm-sdk` (a path dependency on this
//! checkout, or on `--sdk DIR`) and `tokio`, and calls `DescribeInstances`. It then builds it
//! clean with `cargo build --release --timings` and prints:
//!
//! - the wall time of the clean build and its number of units;
//! - the peak memory of the build: the largest single process (its `VmHWM`, which is what
//!   `/usr/bin/time` reports as the maximum resident set size of a build) with the crate it
//!   compiled, and the largest sum of the resident set sizes of all processes of the build
//!   seen at once (polled from `/proc` every 50 ms) with what made it up;
//! - the size of the binary before and after `strip`;
//! - the ten slowest units of the build, from cargo's timings report, and when the SDK's own
//!   units and rustls ran (the schedule's tail is what parallelism cannot hide);
//! - the incremental rebuild after touching one `ecm-sdk` source file (`src/lib.rs`), and
//!   after touching `ecm-sdk-model/src/lib.rs` when the checkout has that crate.
//!
//! With `--aws` it does the same for a hello-world on `aws-config` + `aws-sdk-lambda` from
//! crates.io (calling `ListFunctions`), built in the same run, and prints the ratios.
//! Dependencies are fetched before the timed build, so downloads are not counted. The hello
//! world starts from this checkout's `Cargo.lock`, so it builds the versions the workspace
//! pins. It is run by hand (it takes minutes), not by CI.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

/// What to build.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    /// The checkout whose `ecm-sdk/` the hello world depends on.
    pub(crate) sdk_root: PathBuf,
    /// Extra `ecm-sdk` features (comma-separated), and whether to drop its defaults.
    pub(crate) features: Vec<String>,
    pub(crate) no_default_features: bool,
    /// Also build the `aws-sdk-lambda` hello world.
    pub(crate) aws: bool,
    /// Keep the temporary directory (its path is printed).
    pub(crate) keep: bool,
}

/// Parses `build-cost`'s arguments (after the task name).
pub(crate) fn parse(args: &[&str], default_root: &Path) -> Result<Options, String> {
    let mut options = Options {
        sdk_root: default_root.to_path_buf(),
        features: Vec::new(),
        no_default_features: false,
        aws: false,
        keep: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match *arg {
            "--aws" => options.aws = true,
            "--keep" => options.keep = true,
            "--no-default-features" => options.no_default_features = true,
            "--sdk" => {
                let dir = args.next().ok_or("--sdk needs a directory")?;
                options.sdk_root =
                    fs::canonicalize(dir).map_err(|e| format!("--sdk {dir}: {e}"))?;
            }
            "--features" => {
                let list = args.next().ok_or("--features needs a list")?;
                options.features.extend(
                    list.split(',')
                        .map(str::trim)
                        .filter(|f| !f.is_empty())
                        .map(str::to_owned),
                );
            }
            other => return Err(format!("unknown build-cost argument {other:?}")),
        }
    }
    if !options.sdk_root.join("ecm-sdk/Cargo.toml").is_file() {
        return Err(format!(
            "{} has no ecm-sdk/Cargo.toml",
            options.sdk_root.display()
        ));
    }
    Ok(options)
}

/// One measured clean build (and optionally its incremental rebuild).
#[derive(Debug)]
struct Measured {
    wall: Duration,
    /// User + system CPU time of all the build's processes.
    cpu: Duration,
    units: usize,
    memory: Memory,
    binary_bytes: u64,
    stripped_bytes: u64,
    /// (unit, seconds), slowest first.
    top: Vec<(String, f64)>,
    /// (unit, start, end) in seconds from the start of the build, of the units of
    /// [`SCHEDULED`], in start order.
    schedule: Vec<(String, f64, f64)>,
    /// Per touched crate: its name, the wall time of the rebuild, and that crate's unit time.
    incremental: Vec<(&'static str, Duration, Option<f64>)>,
}

/// The units whose start and end the report shows: the SDK's crates, the longest
/// dependency, and the binary.
const SCHEDULED: &[&str] = &[
    "rustls",
    "ecm-sdk-model",
    "ecm-sdk",
    "ecm-hello",
    "aws-hello",
];

/// What the build's processes held in memory.
#[derive(Debug, Default)]
struct Memory {
    /// The largest sum of all processes' `VmRSS` seen at once (KiB), and the processes
    /// that made it up (label, KiB), largest first.
    peak_sum_kib: u64,
    at_peak: Vec<(String, u64)>,
    /// Each process label's largest `VmHWM` (KiB).
    largest: BTreeMap<String, u64>,
}

impl Memory {
    /// The `n` largest processes (label, KiB), largest first.
    fn top(&self, n: usize) -> Vec<(&str, u64)> {
        let mut all: Vec<(&str, u64)> =
            self.largest.iter().map(|(l, k)| (l.as_str(), *k)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        all.truncate(n);
        all
    }
}

const HELLO_MAIN: &str = r#"//! Calls DescribeInstances once (credentials and region from the environment).

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = match ecm_sdk::Client::from_env() {
        Ok(client) => client,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    };
    let request = ecm_sdk::actions::DescribeInstancesRequest::new();
    match client.describe_instances(request).await {
        Ok(output) => println!("{:?} instances", output.total_count),
        Err(error) => eprintln!("{error}"),
    }
}
"#;

const AWS_MAIN: &str = r#"//! Calls ListFunctions once (credentials and region from the environment).

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let config = aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await;
    let client = aws_sdk_lambda::Client::new(&config);
    match client.list_functions().send().await {
        Ok(output) => println!("{} functions", output.functions().len()),
        Err(error) => eprintln!("{error}"),
    }
}
"#;

/// Runs the task, printing the report to `out`.
pub(crate) fn run(options: &Options, out: &mut dyn Write) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!(
        "ecm-build-cost-{}-{}",
        std::process::id(),
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    ));
    fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let result = run_in(options, &dir, out);
    if options.keep {
        let _ = writeln!(out, "\n(kept {})", dir.display());
    } else {
        let _ = fs::remove_dir_all(&dir);
    }
    result
}

fn run_in(options: &Options, dir: &Path, out: &mut dyn Write) -> Result<(), String> {
    let sdk = options.sdk_root.join("ecm-sdk");
    let mut features = String::new();
    if options.no_default_features {
        features.push_str(", default-features = false");
    }
    if !options.features.is_empty() {
        let list: Vec<String> = options.features.iter().map(|f| format!("{f:?}")).collect();
        let _ = write!(features, ", features = [{}]", list.join(", "));
    }
    let ecm_dir = dir.join("ecm-hello");
    let manifest = format!(
        "[package]\nname = \"ecm-hello\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\necm-sdk = {{ path = {:?}{features} }}\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n\n[workspace]\n",
        sdk.display().to_string()
    );
    write_crate(&ecm_dir, &manifest, HELLO_MAIN)?;
    // Start from the workspace's lock file: the versions the workspace pins and tests.
    fs::copy(
        options.sdk_root.join("Cargo.lock"),
        ecm_dir.join("Cargo.lock"),
    )
    .map_err(|e| format!("copying Cargo.lock: {e}"))?;

    let aws_dir = dir.join("aws-hello");
    if options.aws {
        let manifest = "[package]\nname = \"aws-hello\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\naws-config = { version = \"1\", features = [\"behavior-version-latest\"] }\n\
             aws-sdk-lambda = \"1\"\n\
             tokio = { version = \"1\", features = [\"macros\", \"rt\"] }\n\n[workspace]\n";
        write_crate(&aws_dir, manifest, AWS_MAIN)?;
    }
    for crate_dir in [Some(&ecm_dir), options.aws.then_some(&aws_dir)]
        .into_iter()
        .flatten()
    {
        let status = cargo(crate_dir)
            .arg("fetch")
            .status()
            .map_err(|e| format!("running cargo fetch: {e}"))?;
        if !status.success() {
            return Err(format!("cargo fetch failed in {}", crate_dir.display()));
        }
    }

    let _ = writeln!(out, "{}", machine_line());
    let _ = writeln!(out, "building {} (clean, release) …", ecm_dir.display());
    let _ = out.flush();
    let mut touch = vec![(sdk.join("src/lib.rs"), "ecm-sdk")];
    let model = options.sdk_root.join("ecm-sdk-model/src/lib.rs");
    if model.is_file() {
        touch.push((model, "ecm-sdk-model"));
    }
    let ecm = measure(&ecm_dir, "ecm-hello", &touch)?;
    report(out, "ecm-sdk + tokio hello world (DescribeInstances)", &ecm);
    if options.aws {
        let _ = writeln!(out, "\nbuilding {} (clean, release) …", aws_dir.display());
        let _ = out.flush();
        let aws = measure(&aws_dir, "aws-hello", &[])?;
        report(
            out,
            "aws-config + aws-sdk-lambda hello world (ListFunctions)",
            &aws,
        );
        let _ = writeln!(
            out,
            "\nratios ecm/aws: clean build {:.2} (CPU {:.2}), stripped binary {:.2}, largest process {:.2}, peak memory (sum) {:.2}",
            ecm.wall.as_secs_f64() / aws.wall.as_secs_f64(),
            ecm.cpu.as_secs_f64() / aws.cpu.as_secs_f64(),
            ecm.stripped_bytes as f64 / aws.stripped_bytes as f64,
            ecm.memory.top(1).first().map_or(0, |p| p.1) as f64
                / aws.memory.top(1).first().map_or(1, |p| p.1) as f64,
            ecm.memory.peak_sum_kib as f64 / aws.memory.peak_sum_kib as f64,
        );
    }
    Ok(())
}

fn write_crate(dir: &Path, manifest: &str, main: &str) -> Result<(), String> {
    fs::create_dir_all(dir.join("src")).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    fs::write(dir.join("Cargo.toml"), manifest).map_err(|e| format!("writing manifest: {e}"))?;
    fs::write(dir.join("src/main.rs"), main).map_err(|e| format!("writing main.rs: {e}"))?;
    Ok(())
}

/// `cargo` in `dir`, with the target directory inside it whatever the environment says.
fn cargo(dir: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS");
    command
}

fn measure(
    dir: &Path,
    binary: &str,
    incremental: &[(PathBuf, &'static str)],
) -> Result<Measured, String> {
    let started = Instant::now();
    let cpu_before = children_cpu();
    let child = cargo(dir)
        .args(["build", "--release", "--timings", "--quiet"])
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("running cargo build: {e}"))?;
    let (status, memory) = watch(child)?;
    let wall = started.elapsed();
    let cpu = children_cpu().saturating_sub(cpu_before);
    if !status {
        return Err(format!("cargo build failed in {}", dir.display()));
    }
    let timings = read_timings(dir)?;
    let units = timings.len();
    let schedule = schedule(&timings);
    let mut by_unit: Vec<(String, f64)> = timings
        .into_iter()
        .map(|(label, unit)| (label, unit.duration))
        .collect();
    by_unit.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    by_unit.truncate(10);

    let built = dir.join("target/release").join(binary);
    let binary_bytes = fs::metadata(&built)
        .map_err(|e| format!("{}: {e}", built.display()))?
        .len();
    let stripped = dir.join(format!("{binary}.stripped"));
    fs::copy(&built, &stripped).map_err(|e| format!("copying the binary: {e}"))?;
    let status = Command::new("strip")
        .arg(&stripped)
        .status()
        .map_err(|e| format!("running strip: {e}"))?;
    if !status.success() {
        return Err("strip failed".into());
    }
    let stripped_bytes = fs::metadata(&stripped).map_err(|e| e.to_string())?.len();

    let mut rebuilds = Vec::new();
    for (file, crate_name) in incremental {
        let handle = fs::File::options()
            .append(true)
            .open(file)
            .map_err(|e| format!("opening {}: {e}", file.display()))?;
        handle
            .set_modified(SystemTime::now())
            .map_err(|e| format!("touching {}: {e}", file.display()))?;
        drop(handle);
        let started = Instant::now();
        let child = cargo(dir)
            .args(["build", "--release", "--timings", "--quiet"])
            .stdout(Stdio::null())
            .spawn()
            .map_err(|e| format!("running cargo build: {e}"))?;
        let (status, _) = watch(child)?;
        let wall = started.elapsed();
        if !status {
            return Err("incremental cargo build failed".into());
        }
        let own = read_timings(dir)?
            .into_iter()
            .find(|(unit, _)| unit.starts_with(&format!("{crate_name} ")))
            .map(|(_, unit)| unit.duration);
        rebuilds.push((*crate_name, wall, own));
    }
    Ok(Measured {
        wall,
        cpu,
        units,
        memory,
        binary_bytes,
        stripped_bytes,
        top: by_unit,
        schedule,
        incremental: rebuilds,
    })
}

/// Waits for `child`, polling the resident memory of it and all its descendants. Returns
/// whether it succeeded and what its processes held.
fn watch(mut child: Child) -> Result<(bool, Memory), String> {
    let root = child.id();
    let mut memory = Memory::default();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            return Ok((status.success(), memory));
        }
        let processes = tree_memory(root);
        let sum: u64 = processes.iter().map(|p| p.rss_kib).sum();
        for process in &processes {
            let largest = memory.largest.entry(process.label.clone()).or_insert(0);
            *largest = (*largest).max(process.hwm_kib);
        }
        if sum > memory.peak_sum_kib {
            memory.peak_sum_kib = sum;
            let mut at_peak: Vec<(String, u64)> = processes
                .into_iter()
                .map(|p| (p.label, p.rss_kib))
                .collect();
            at_peak.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            memory.at_peak = at_peak;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The user + system CPU time of this process's waited-for children and their waited-for
/// descendants (`cutime` + `cstime` of `/proc/self/stat`, in clock ticks of 1/100 s).
fn children_cpu() -> Duration {
    let ticks = fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|stat| {
            let rest = stat.rsplit_once(')')?.1.to_owned();
            let fields: Vec<u64> = rest
                .split_whitespace()
                .skip(1)
                .map(|f| f.parse().unwrap_or(0))
                .collect();
            // Fields 16 and 17 of stat (counting from 1): 12 and 13 after the state.
            Some(fields.get(12)? + fields.get(13)?)
        })
        .unwrap_or(0);
    Duration::from_millis(ticks * 10)
}

/// One process of the build.
#[derive(Debug)]
struct Process {
    /// `rustc CRATE` for a compiler, else the command's name.
    label: String,
    rss_kib: u64,
    hwm_kib: u64,
}

/// The processes of `root`'s tree (itself and its descendants).
fn tree_memory(root: u32) -> Vec<Process> {
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut parents: BTreeMap<u32, u32> = BTreeMap::new();
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        // `/proc/PID/stat`: "pid (comm) state ppid …"; comm may contain spaces or ')'.
        let Ok(stat) = fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        if let Some(ppid) = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
        {
            parents.insert(pid, ppid);
        }
    }
    let in_tree = |mut pid: u32| {
        for _ in 0..64 {
            if pid == root {
                return true;
            }
            match parents.get(&pid) {
                Some(&parent) if parent != 0 => pid = parent,
                _ => return false,
            }
        }
        false
    };
    let mut processes = Vec::new();
    for &pid in parents.keys() {
        if !in_tree(pid) {
            continue;
        }
        let Ok(status) = fs::read_to_string(format!("/proc/{pid}/status")) else {
            continue;
        };
        let cmdline = fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        processes.push(Process {
            label: process_label(&status, &cmdline),
            rss_kib: status_kib(&status, "VmRSS:"),
            hwm_kib: status_kib(&status, "VmHWM:"),
        });
    }
    processes
}

/// `rustc CRATE` when the command line has `--crate-name CRATE`, else the `Name:` of
/// `/proc/PID/status`.
fn process_label(status: &str, cmdline: &[u8]) -> String {
    let mut args = cmdline.split(|&b| b == 0);
    while let Some(arg) = args.next() {
        if arg == b"--crate-name"
            && let Some(name) = args.next()
        {
            return format!("rustc {}", String::from_utf8_lossy(name));
        }
    }
    status
        .lines()
        .find_map(|line| line.strip_prefix("Name:"))
        .map_or("?", str::trim)
        .to_owned()
}

fn status_kib(status: &str, key: &str) -> u64 {
    status
        .lines()
        .find_map(|line| line.strip_prefix(key))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// When a unit ran, in seconds from the start of the build.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Unit {
    start: f64,
    duration: f64,
}

/// Unit name ("crate version [build script]") → when it ran, from the newest
/// `cargo-timing.html`'s `UNIT_DATA` (a label that occurs twice sums the durations and
/// keeps the first start).
fn read_timings(dir: &Path) -> Result<BTreeMap<String, Unit>, String> {
    let report = dir.join("target/cargo-timings/cargo-timing.html");
    let html = fs::read_to_string(&report).map_err(|e| format!("{}: {e}", report.display()))?;
    let start = html
        .find("const UNIT_DATA = ")
        .ok_or("no UNIT_DATA in the timings report")?
        + "const UNIT_DATA = ".len();
    let end = html[start..]
        .find("];")
        .ok_or("unterminated UNIT_DATA in the timings report")?
        + start
        + 1;
    let units: serde_json::Value = serde_json::from_str(&html[start..end])
        .map_err(|e| format!("cannot parse the timings report: {e}"))?;
    let mut out = BTreeMap::new();
    for unit in units.as_array().into_iter().flatten() {
        let name = unit["name"].as_str().unwrap_or("?");
        let version = unit["version"].as_str().unwrap_or("");
        let target = unit["target"]
            .as_str()
            .unwrap_or("")
            .trim()
            .replace('"', "");
        let mode = unit["mode"].as_str().unwrap_or("");
        let duration = unit["duration"].as_f64().unwrap_or(0.0);
        let start = unit["start"].as_f64().unwrap_or(0.0);
        let mut label = format!("{name} {version}");
        if mode == "run-custom-build" {
            label.push_str(" (build script run)");
        } else if !target.is_empty() {
            let _ = write!(label, " ({target})");
        }
        let entry = out.entry(label).or_insert(Unit {
            start,
            duration: 0.0,
        });
        entry.start = entry.start.min(start);
        entry.duration += duration;
    }
    Ok(out)
}

/// The units of [`SCHEDULED`] (their libraries and binaries, not build scripts) with their
/// start and end, in start order.
fn schedule(timings: &BTreeMap<String, Unit>) -> Vec<(String, f64, f64)> {
    let mut out: Vec<(String, f64, f64)> = timings
        .iter()
        .filter(|(label, _)| {
            let name = label.split(' ').next().unwrap_or("");
            SCHEDULED.contains(&name)
                && !label.contains("build script")
                && !label.contains("build-script")
        })
        .map(|(label, unit)| (label.clone(), unit.start, unit.start + unit.duration))
        .collect();
    out.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    out
}

fn report(out: &mut dyn Write, title: &str, m: &Measured) {
    let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
    let _ = writeln!(out, "\n## {title}\n");
    let _ = writeln!(out, "| what | measured |\n|---|---|");
    let _ = writeln!(
        out,
        "| clean `cargo build --release` | {:.1} s wall, {:.1} s CPU (user + system, all processes; {} units) |",
        m.wall.as_secs_f64(),
        m.cpu.as_secs_f64(),
        m.units
    );
    let kib = |k: u64| format!("{:.0} MiB", k as f64 / 1024.0);
    let largest: Vec<String> = m
        .memory
        .top(3)
        .iter()
        .map(|(label, k)| format!("{} ({label})", kib(*k)))
        .collect();
    let _ = writeln!(
        out,
        "| peak memory: largest processes (`VmHWM`, what `/usr/bin/time` reports) | {} |",
        largest.join(", ")
    );
    let at_peak: Vec<String> = m
        .memory
        .at_peak
        .iter()
        .take(4)
        .map(|(label, k)| format!("{label} {}", kib(*k)))
        .collect();
    let _ = writeln!(
        out,
        "| peak memory: all processes at once (`VmRSS` summed, polled every 50 ms) | {} ({}) |",
        kib(m.memory.peak_sum_kib),
        at_peak.join(", ")
    );
    let _ = writeln!(
        out,
        "| binary | {:.2} MiB stripped ({} bytes); {:.2} MiB unstripped |",
        mib(m.stripped_bytes),
        m.stripped_bytes,
        mib(m.binary_bytes)
    );
    for (crate_name, wall, own) in &m.incremental {
        let own = own.map_or(String::new(), |s| {
            format!(", of which the `{crate_name}` unit {s:.1} s")
        });
        let _ = writeln!(
            out,
            "| rebuild after touching `{crate_name}/src/lib.rs` | {:.1} s{own} |",
            wall.as_secs_f64()
        );
    }
    let _ = writeln!(out, "\nslowest units (from `--timings`):\n");
    let _ = writeln!(out, "| unit | s |\n|---|---|");
    for (unit, seconds) in &m.top {
        let _ = writeln!(out, "| {unit} | {seconds:.1} |");
    }
    let _ = writeln!(out, "\nschedule (s from the start of the build):\n");
    let _ = writeln!(out, "| unit | start | end |\n|---|---|---|");
    for (unit, start, end) in &m.schedule {
        let _ = writeln!(out, "| {unit} | {start:.1} | {end:.1} |");
    }
}

fn machine_line() -> String {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .map(|l| l.trim_start_matches([' ', '\t', ':']).to_owned())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let load = fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    format!("machine: {cpu}, {cores} cores; {rustc}; load average before: {load}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_fields_are_read_in_kib() {
        let status = "Name:\tcargo\nVmHWM:\t  123456 kB\nVmRSS:\t   65432 kB\n";
        assert_eq!(status_kib(status, "VmRSS:"), 65432);
        assert_eq!(status_kib(status, "VmHWM:"), 123456);
        assert_eq!(status_kib(status, "VmSwap:"), 0);
    }

    #[test]
    fn processes_are_labelled_by_the_crate_they_compile() {
        let status = "Name:\trustc\nVmHWM:\t1 kB\n";
        let cmdline = b"rustc\0--crate-name\0ecm_sdk\0--edition=2024\0";
        assert_eq!(process_label(status, cmdline), "rustc ecm_sdk");
        assert_eq!(process_label("Name:\tcargo\n", b"cargo\0build\0"), "cargo");
        assert_eq!(process_label("", b""), "?");
    }

    #[test]
    fn the_schedule_keeps_the_sdk_units_and_rustls_in_start_order() {
        let unit = |start, duration| Unit { start, duration };
        let timings = BTreeMap::from([
            ("ecm-sdk 0.1.0".to_owned(), unit(20.0, 5.0)),
            ("ecm-sdk-model 0.1.0".to_owned(), unit(4.0, 6.0)),
            ("rustls 0.23.46".to_owned(), unit(8.0, 11.0)),
            (
                "rustls 0.23.46 (build script run)".to_owned(),
                unit(7.0, 0.1),
            ),
            ("tokio 1.54.1".to_owned(), unit(1.0, 4.0)),
            (
                "ecm-hello 0.0.0 (ecm-hello bin)".to_owned(),
                unit(25.0, 1.5),
            ),
        ]);
        let scheduled = schedule(&timings);
        let names: Vec<&str> = scheduled.iter().map(|u| u.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "ecm-sdk-model 0.1.0",
                "rustls 0.23.46",
                "ecm-sdk 0.1.0",
                "ecm-hello 0.0.0 (ecm-hello bin)"
            ]
        );
        assert_eq!(scheduled[0].2, 10.0);
    }

    #[test]
    fn arguments_are_parsed_and_unknown_ones_refused() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let options = parse(
            &["--aws", "--features", "a, b", "--no-default-features"],
            root,
        )
        .unwrap();
        assert!(options.aws && options.no_default_features && !options.keep);
        assert_eq!(options.features, ["a", "b"]);
        assert!(parse(&["--fast"], root).is_err());
        assert!(parse(&["--sdk", "/nonexistent-dir"], root).is_err());
    }
}
