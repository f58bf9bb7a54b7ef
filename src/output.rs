//! The output layer: every command's report is rendered here, as text or as exactly one
//! JSON document on stdout. Progress, notes and errors go to stderr only.
//!
//! Progress bars come from [`Printer::progress`], hidden for `--quiet`, JSON, or when
//! stderr is not a terminal. Nothing here knows about Ceph.

use crate::error::Error;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::time::Duration;

/// The steps [`Printer::step`] has shown, so [`Printer::steps`] shows the rest.
static SHOWN_STEPS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Bumped only when a JSON field is removed or changes meaning (see docs/json.md).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Json,
}

impl Format {
    pub const NAMES: &[&str] = &["text", "json"];
}

impl std::str::FromStr for Format {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            _ => Err(Error::invalid(format!("invalid format {s:?}: use text or json"))),
        }
    }
}

/// A command's result: serialisable for JSON, and able to write itself as text.
pub trait Report: Serialize {
    fn text(&self, out: &mut dyn Write) -> std::io::Result<()>;
}

#[derive(Debug, Clone, Copy)]
pub struct Printer {
    pub format: Format,
    pub quiet: bool,
    pub verbose: u8,
}

impl Printer {
    pub fn new(format: Format, quiet: bool, verbose: u8) -> Self {
        Printer { format, quiet, verbose }
    }

    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    /// Print the report on stdout. A closed pipe (`| head`) is not an error.
    pub fn report<R: Report>(&self, report: &R) -> std::io::Result<()> {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let res = match self.format {
            Format::Json => {
                let mut v = serde_json::to_value(report).map_err(std::io::Error::other)?;
                if let Some(obj) = v.as_object_mut() {
                    let mut with_version = serde_json::Map::new();
                    with_version.insert("schema_version".into(), SCHEMA_VERSION.into());
                    with_version.extend(std::mem::take(obj));
                    *obj = with_version;
                }
                // Rendered first, written once: a closed pipe is then the write's BrokenPipe
                // (quiet, exit 0), not a serde error wrapping it.
                let mut doc = serde_json::to_vec_pretty(&v).map_err(std::io::Error::other)?;
                doc.push(b'\n');
                out.write_all(&doc)
            }
            Format::Text => report.text(&mut out),
        };
        match res.and_then(|_| out.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }

    /// For commands whose data went to stdout (`download -o -`, `export -`): the JSON
    /// report goes to stderr so stdout stays the data alone; text mode says nothing.
    pub fn report_aside<R: Report>(&self, report: &R) -> std::io::Result<()> {
        if self.is_json() {
            let v = serde_json::to_value(report).map_err(std::io::Error::other)?;
            let mut doc = serde_json::Map::new();
            doc.insert("schema_version".into(), SCHEMA_VERSION.into());
            if let serde_json::Value::Object(o) = v {
                doc.extend(o);
            }
            eprintln!("{}", serde_json::Value::Object(doc));
        }
        Ok(())
    }

    /// A note for the operator on stderr (text mode, not quiet).
    pub fn note(&self, msg: impl AsRef<str>) {
        if !self.quiet && !self.is_json() {
            eprintln!("{}", msg.as_ref());
        }
    }

    /// A step of a mutating command as it happens ("unprotect snapshot rbd/x@s"): progress,
    /// so on stderr, hidden by `-q` and in JSON mode (the report lists the steps). stdout
    /// carries the result only.
    pub fn step(&self, msg: impl AsRef<str>) {
        SHOWN_STEPS.lock().unwrap_or_else(|e| e.into_inner()).push(msg.as_ref().to_string());
        if !self.quiet && !self.is_json() {
            eprintln!("{}", msg.as_ref());
        } else {
            self.log(1, msg);
        }
    }

    /// The steps of a finished command that were not shown as they happened (verbs that
    /// run one step record it in their report only): each step is shown once.
    pub fn steps(&self, steps: &[String]) {
        let shown = std::mem::take(&mut *SHOWN_STEPS.lock().unwrap_or_else(|e| e.into_inner()));
        for s in steps.iter().filter(|s| !shown.contains(s)) {
            self.step(s);
        }
    }

    /// A warning on stderr, unless quiet. In JSON mode it is a JSON document of its own
    /// (`{"warning": ...}`), so every stderr line parses.
    pub fn warn(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            self.stderr_line("warning", msg.as_ref(), "rbdctl: warning: ");
        }
    }

    /// `-v` logging on stderr; level 1 = steps, 2 = details, 3 = everything. In JSON mode
    /// each line is `{"log": ...}`.
    pub fn log(&self, level: u8, msg: impl AsRef<str>) {
        if self.verbose >= level {
            self.stderr_line("log", msg.as_ref(), "rbdctl: ");
        }
    }

    fn stderr_line(&self, key: &str, msg: &str, text_prefix: &str) {
        if self.is_json() {
            eprintln!("{}", serde_json::json!({ key: msg }));
        } else {
            eprintln!("{text_prefix}{msg}");
        }
    }

    fn draws(&self) -> bool {
        !self.quiet && !self.is_json() && std::io::stderr().is_terminal()
    }

    /// A byte progress bar (`total` known) or a spinner with bytes and rate.
    pub fn progress(&self, total: Option<u64>, what: &str) -> ProgressBar {
        if !self.draws() {
            return ProgressBar::hidden();
        }
        let pb = match total {
            Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template(RATE_AND_ETA_TEMPLATE)
                    .expect("valid template")
                    .with_key("rate", rate_key)
                    .with_key("eta_or_wait", eta_key)
                    .progress_chars("=> "),
            ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template("{msg} {spinner} {bytes} {rate} {elapsed}")
                    .expect("valid template")
                    .with_key("rate", rate_key),
            ),
        };
        pb.set_message(what.to_string());
        pb.enable_steady_tick(Duration::from_millis(200));
        pb
    }

    /// The one error line (text) or object (JSON), on stderr.
    pub fn error(&self, err: &anyhow::Error) {
        let typed = err.chain().find_map(|e| e.downcast_ref::<Error>());
        let (kind, code) = typed.map(|e| (e.kind(), e.exit_code())).unwrap_or(("failure", crate::error::exit::FAILURE));
        if self.is_json() {
            let doc = serde_json::json!({
                "schema_version": SCHEMA_VERSION,
                "error": {"kind": kind, "message": format!("{err:#}"), "exit_code": code}
            });
            eprintln!("{doc}");
        } else {
            eprintln!("rbdctl: {err:#}");
        }
    }
}

/// A bar's rate and ETA are blank until the first second of data: before that indicatif
/// shows "0 B/s ETA 0s", which reads as stalled and done at once.
const RATE_AND_ETA_TEMPLATE: &str = "{msg} [{bar:30}] {bytes}/{total_bytes} {rate}{eta_or_wait}";

/// The rate and ETA text of a bar: nothing measured yet (no bytes, or under a second)
/// shows "-" and no ETA.
fn rate_and_eta(pos: u64, elapsed: Duration, per_sec: f64, eta: Duration) -> (String, String) {
    if pos == 0 || elapsed < Duration::from_secs(1) {
        return ("-".into(), String::new());
    }
    (format!("{}/s", indicatif::BinaryBytes(per_sec as u64)), format!(" ETA {}", indicatif::HumanDuration(eta)))
}

fn rate_key(state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write) {
    let _ = w.write_str(&rate_and_eta(state.pos(), state.elapsed(), state.per_sec(), state.eta()).0);
}

fn eta_key(state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write) {
    let _ = w.write_str(&rate_and_eta(state.pos(), state.elapsed(), state.per_sec(), state.eta()).1);
}

/// Columns of a terminal a cell takes (a CJK character takes two).
fn display_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// Write rows as aligned columns; sizes already formatted by the caller.
pub fn table(out: &mut dyn Write, headers: &[&str], rows: &[Vec<String>], no_headers: bool) -> std::io::Result<()> {
    let mut widths: Vec<usize> = headers.iter().map(|h| display_width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(display_width(c));
        }
    }
    let line = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = &str>| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in cells.enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < widths.len() {
                s.push_str(&" ".repeat(widths[i].saturating_sub(display_width(c))));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    if !no_headers {
        line(out, &mut headers.iter().copied())?;
    }
    for r in rows {
        line(out, &mut r.iter().map(String::as_str))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item16_tables_align_cjk_names_by_display_width() {
        let rows = vec![vec!["镜像".to_string(), "1 B".to_string()], vec!["abcde".to_string(), "2 B".to_string()]];
        let mut out = Vec::new();
        table(&mut out, &["NAME", "SIZE"], &rows, false).unwrap();
        let text = String::from_utf8(out).unwrap();
        // 镜像 is four columns wide on a terminal, so it gets one space of padding, not three.
        assert_eq!(text, "NAME   SIZE\n镜像   1 B\nabcde  2 B\n");
    }

    #[test]
    fn item16_progress_bars_do_not_start_at_zero_rate_and_eta() {
        let zero = Duration::ZERO;
        assert_eq!(rate_and_eta(0, zero, 0.0, zero), ("-".to_string(), String::new()));
        assert_eq!(rate_and_eta(4096, Duration::from_millis(200), 0.0, zero).0, "-");
        let (rate, eta) = rate_and_eta(2 << 20, Duration::from_secs(2), (1 << 20) as f64, Duration::from_secs(5));
        assert_eq!(rate, "1.00 MiB/s");
        assert!(eta.starts_with(" ETA 5"), "{eta}");
        assert!(!RATE_AND_ETA_TEMPLATE.contains("{eta}") && !RATE_AND_ETA_TEMPLATE.contains("_per_sec}"));
    }

    #[test]
    fn table_aligns_columns_and_can_drop_headers() {
        let rows = vec![vec!["a".to_string(), "10 MiB".to_string()], vec!["longer".to_string(), "1 B".to_string()]];
        let mut out = Vec::new();
        table(&mut out, &["NAME", "SIZE"], &rows, false).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "NAME    SIZE\na       10 MiB\nlonger  1 B\n");
        let mut out = Vec::new();
        table(&mut out, &["NAME", "SIZE"], &rows, true).unwrap();
        assert!(!String::from_utf8(out).unwrap().contains("NAME"));
    }
}
